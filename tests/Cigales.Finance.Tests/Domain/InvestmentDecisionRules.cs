using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

public sealed class InvestmentDecisionRules
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly RecordInvestment Decision = new(
        "canche", "archiverre", "archiverre-2024", Money.FromEuros(1_500), Instrument.Loan, new DateOnly(2024, 5, 15), new Vote(8, 1, 2, VoteRule.Majority));

    [Theory]
    [InlineData(false, true, "club_id", "club.exists")]
    [InlineData(true, false, "enterprise_id", "enterprise.exists")]
    public void ADecisionNamingAnUnknownClubOrEnterpriseIsRefusedBeforeAnythingIsRecorded(bool club, bool enterprise, string field, string rule)
    {
        var decision = InvestmentRules.Request(InvestmentState.Initial, "i", Decision, Now, new KnownParties(club, enterprise));

        Assert.Equal((RefusalKind.NotFound, field, rule), (decision.Refusal?.Kind, decision.Refusal?.Field, decision.Refusal?.Rule));
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void MoneyIsPaidBetweenTheDecisionAndToday()
    {
        Assert.Equal("disbursed_on", InvestmentRules.Request(InvestmentState.Initial, "i", Decision with { DisbursedOn = new DateOnly(2024, 5, 1) }, Now, KnownParties.Both).Refusal?.Field);
        Assert.Equal("decided_on", InvestmentRules.Request(InvestmentState.Initial, "i", Decision with { DecidedOn = new DateOnly(2024, 6, 2) }, Now, KnownParties.Both).Refusal?.Field);
    }

    [Fact]
    public void TheSameDecisionAgainResumesAndAnotherUnderTheSameKeyIsRefused()
    {
        var state = InvestmentState.Initial.Apply(Assert.Single(InvestmentRules.Request(InvestmentState.Initial, "i", Decision, Now, KnownParties.Both).Events));

        Assert.Equal((false, 0), (InvestmentRules.Request(state, "i", Decision, Now.AddMinutes(1), KnownParties.Both).IsRefused, InvestmentRules.Request(state, "i", Decision, Now, KnownParties.Both).Events.Count));
        Assert.Equal(RefusalKind.AlreadyExists, InvestmentRules.Request(state, "i", Decision with { Amount = Money.FromCents(1) }, Now, KnownParties.Both).Refusal?.Kind);
    }

    [Fact]
    public void RepaymentsMakeAnInvestmentPartlyThenFullyRepaid()
    {
        var state = new[] { (InvestmentEvent)new InvestmentRequested("i", Decision, Now), new InvestmentCommitted(Decision.DecidedOn), new InvestmentDisbursed(Decision.DecidedOn) }
            .Aggregate(InvestmentState.Initial, (current, @event) => current.Apply(@event));
        var today = new DateOnly(2026, 1, 1);

        state = Saga.Settle(state.Apply(Assert.Single(InvestmentRules.Repay(state, new RecordRepayment("r1", Money.FromEuros(1_000), new DateOnly(2025, 1, 1)), today).Events)));
        Assert.Equal(InvestmentStatus.PartlyRepaid, state.Status);
        Assert.Empty(InvestmentRules.Repay(state, new RecordRepayment("r1", Money.FromEuros(1_000), new DateOnly(2025, 1, 1)), today).Events);
        state = Saga.Settle(state.Apply(Assert.Single(InvestmentRules.Repay(state, new RecordRepayment("r2", Money.FromEuros(500), new DateOnly(2025, 6, 1)), today).Events)));

        Assert.Equal((InvestmentStatus.FullyRepaid, Money.FromEuros(1_500)), (state.Status, state.Repaid));
        Assert.Equal("investment.held", InvestmentRules.WriteOff(state, new WriteOffInvestment("w", today), today).Refusal?.Rule);
    }
}
