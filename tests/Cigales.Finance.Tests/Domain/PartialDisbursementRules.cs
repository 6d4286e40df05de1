using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

/// <summary>An investment paid in several dated payments, each under its key, never beyond what was committed.</summary>
public sealed class PartialDisbursementRules
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 1, 1);

    private static readonly RecordInvestment Decision = new(
        "boulonnais", "littoral-bio", "", Money.FromCents(300_000), Instrument.EquityShares, new DateOnly(2024, 5, 15), new Vote(8, 1, 2, VoteRule.Majority));

    private static InvestmentState Committed() =>
        Saga.Settle(Saga.Of(Assert.Single(InvestmentRules.Request(InvestmentState.Initial, "i", Decision, Now, KnownParties.Both).Events)));

    private static InvestmentState Pay(InvestmentState state, string key, long? cents, DateOnly on) =>
        Saga.Settle(state.Apply(Assert.Single(InvestmentRules.Disburse(state, new DisburseInvestment(key, cents is { } c ? Money.FromCents(c) : null, on), Today).Events)));

    [Fact]
    public void APaymentLeavesTheRestToDisburse()
    {
        var state = Pay(Committed(), "p1", 7_500, new DateOnly(2024, 6, 1));

        var snapshot = state.ToSnapshot()!;
        Assert.Equal(
            (InvestmentStatus.PartlyDisbursed, Money.FromCents(7_500), Money.FromCents(292_500), (DateOnly?)null),
            (snapshot.Status, snapshot.Disbursed, snapshot.StillToDisburse, snapshot.DisbursedOn));
        Assert.Equal([new Payment("p1", Money.FromCents(7_500), new DateOnly(2024, 6, 1))], snapshot.Payments);
    }

    [Fact]
    public void PaymentsUpToTheCommitmentDisburseItOnTheLastOnesDay()
    {
        var state = Pay(Pay(Committed(), "p1", 7_500, new DateOnly(2024, 6, 1)), "p2", 292_500, new DateOnly(2025, 2, 1));

        Assert.Equal((InvestmentStatus.Disbursed, (DateOnly?)new DateOnly(2025, 2, 1), Money.Zero), (state.Status, state.DisbursedOn, state.StillToDisburse));
    }

    [Fact]
    public void PayingBeyondTheCommitmentIsRefusedAndNothingIsRecorded()
    {
        var state = Pay(Committed(), "p1", 7_500, new DateOnly(2024, 6, 1));

        var decision = InvestmentRules.Disburse(state, new DisburseInvestment("p2", Money.FromCents(292_501), new DateOnly(2025, 2, 1)), Today);

        Assert.Equal((RefusalKind.FailedPrecondition, "amount", "disbursement.within_commitment"), (decision.Refusal?.Kind, decision.Refusal?.Field, decision.Refusal?.Rule));
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void ThePaymentAgainUnderItsKeyChangesNothingAndTheKeyWithOtherDetailsIsRefused()
    {
        var state = Pay(Committed(), "p1", 7_500, new DateOnly(2024, 6, 1));

        Assert.Equal((false, 0), (InvestmentRules.Disburse(state, new DisburseInvestment("p1", Money.FromCents(7_500), new DateOnly(2024, 6, 1)), Today) is var same ? (same.IsRefused, same.Events.Count) : default));
        Assert.Equal(RefusalKind.AlreadyExists, InvestmentRules.Disburse(state, new DisburseInvestment("p1", Money.FromCents(8_000), new DateOnly(2024, 6, 1)), Today).Refusal?.Kind);
    }

    [Fact]
    public void TheOneShotCallPaysWhatRemainsOnce()
    {
        var state = Pay(Pay(Committed(), "p1", 7_500, new DateOnly(2024, 6, 1)), InvestmentState.DisbursementKey, null, new DateOnly(2025, 2, 1));

        Assert.Equal((InvestmentStatus.Disbursed, Money.FromCents(292_500)), (state.Status, state.Payments[^1].Amount));
        Assert.Equal("investment.fully_disbursed", InvestmentRules.Disburse(state, new DisburseInvestment("p3", Money.FromCents(1), new DateOnly(2025, 3, 1)), Today).Refusal?.Rule);
        Assert.Equal("investment.disbursement_asked", InvestmentRules.Disburse(state, new DisburseInvestment(InvestmentState.DisbursementKey, null, new DateOnly(2025, 3, 1)), Today).Refusal?.Rule);
    }

    [Fact]
    public void AnInvestmentStoredBeforePaymentsCouldBePartialLoadsAsOnePaymentOfItAll()
    {
        var state = Saga.Of(
            new InvestmentRequested("i", Decision, Now),
            new InvestmentCommitted(Decision.DecidedOn),
            new DisbursementRequested(new DateOnly(2024, 6, 1)),
            new SagaStepDone(SagaStep.PayFromClub),
            new SagaStepDone(SagaStep.HoldStake),
            new InvestmentDisbursed(new DateOnly(2024, 6, 1)));

        Assert.Equal((InvestmentStatus.Disbursed, Money.FromCents(300_000), (DateOnly?)new DateOnly(2024, 6, 1)), (state.Status, state.Disbursed, state.DisbursedOn));
        Assert.Null(InvestmentSaga.Next(state));
        Assert.Empty(InvestmentRules.Disburse(state, new DisburseInvestment(InvestmentState.DisbursementKey, null, new DateOnly(2024, 6, 1)), Today).Events);
    }

    [Fact]
    public void RepaymentsComeBackFromWhatWasPaidAndAnExitWaitsForTheRest()
    {
        var state = Pay(Committed(), "p1", 100_000, new DateOnly(2024, 6, 1));
        state = Saga.Settle(state.Apply(Assert.Single(InvestmentRules.Repay(state, new RecordRepayment("r1", Money.FromCents(100_000), new DateOnly(2025, 1, 1)), Today).Events)));

        Assert.Equal(InvestmentStatus.FullyRepaid, state.Status);
        Assert.Equal([new Payment("r1", Money.FromCents(100_000), new DateOnly(2025, 1, 1))], state.ToSnapshot()!.Repayments);
        Assert.Equal("investment.still_to_disburse", InvestmentRules.Exit(state, new RecordRepayment("x", Money.Zero, new DateOnly(2025, 2, 1)), Today).Refusal?.Rule);
    }

    [Fact]
    public void APartlyPaidInvestmentIsNeitherCancelledNorWrittenOff()
    {
        var state = Pay(Committed(), "p1", 7_500, new DateOnly(2024, 6, 1));

        Assert.Equal("investment.committed", InvestmentRules.Cancel(state, new CancelInvestment("c", Today, "trop tard"), Today).Refusal?.Rule);
        Assert.Equal("investment.held", InvestmentRules.WriteOff(state, new WriteOffInvestment("w", Today), Today).Refusal?.Rule);
    }
}
