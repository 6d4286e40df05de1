using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using static Cigales.Grants.Tests.Domain.ConventionStates;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Domain;

public sealed class ObligationRules
{
    private static IReadOnlyList<(ObligationKind Kind, DateOnly Date, ObligationState State)> On(ConventionState state, DateOnly asOf) =>
        Obligations.For(state.ToSnapshot()!, asOf).Select(item => (item.Kind, item.Date, item.State)).ToList();

    [Fact]
    public void ADraftOrVotedConventionHasNoObligationsYet()
    {
        Assert.Empty(On(Voted(), new DateOnly(2025, 6, 30)));
    }

    [Fact]
    public void SignedAndUnpaidThePaymentAtSignatureIsLate()
    {
        Assert.Equal(
            [(ObligationKind.Payment, new DateOnly(2025, 6, 2), ObligationState.Late), (ObligationKind.ExtensionWindow, new DateOnly(2025, 6, 30), ObligationState.Upcoming)],
            On(Signed(), new DateOnly(2025, 6, 10)));
    }

    [Fact]
    public void TheExtensionWindowIsDueOn30June2025AndThenGone()
    {
        Assert.Equal([(ObligationKind.ExtensionWindow, new DateOnly(2025, 6, 30), ObligationState.Due)], On(Paid(), new DateOnly(2025, 6, 30)));
        Assert.Empty(On(Paid(), new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void TheFinalReportIsUpcomingThirtyDaysBeforeDueOnTheFirstOfJuneThenLate()
    {
        Assert.Empty(On(Paid(), new DateOnly(2026, 5, 1)));
        Assert.Equal([(ObligationKind.FinalReport, new DateOnly(2026, 6, 1), ObligationState.Upcoming)], On(Paid(), new DateOnly(2026, 5, 2)));
        Assert.Equal(
            [(ObligationKind.FinalReport, new DateOnly(2026, 6, 1), ObligationState.Due), (ObligationKind.Clawback, new DateOnly(2026, 6, 30), ObligationState.Upcoming)],
            On(Paid(), new DateOnly(2026, 6, 1)));
        Assert.Equal(
            [(ObligationKind.FinalReport, new DateOnly(2026, 6, 1), ObligationState.Late), (ObligationKind.Clawback, new DateOnly(2026, 6, 30), ObligationState.Late)],
            On(Paid(), new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void TheClawbackWarningNamesWhatWouldBeClaimed()
    {
        var clawback = Obligations.For(Paid().ToSnapshot()!, new DateOnly(2026, 6, 30)).Single(item => item.Kind == ObligationKind.Clawback);

        Assert.Equal(ObligationState.Due, clawback.State);
        Assert.Contains("9 900,00 €", clawback.What, StringComparison.Ordinal);
    }

    [Fact]
    public void AFinalReportFiledEndsItsObligations()
    {
        var paid = Paid();
        var reported = Then(paid, ConventionRules.SubmitFinalReport(paid, FinalReport(new DateOnly(2026, 5, 29)), Today));

        Assert.Empty(On(reported, new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void InstalmentsOnDatesAreExpectedInOrderAsPaymentsCoverThem()
    {
        var terms = Terms2025 with { Schedule = [new Instalment(Money.FromEuros(6_000), null, "at signature"), new Instalment(Money.FromEuros(3_900), new DateOnly(2025, 9, 1), "on the interim report")] };
        var drafted = Then(ConventionState.Initial, ConventionRules.Draft(ConventionState.Initial, "c", terms, Facts, DraftedAt));
        var reported = Then(drafted, ConventionRules.RecordReport(drafted, Report, Today));
        var voted = Then(reported, ConventionRules.RecordDeliberation(reported, AdoptedDeliberation, Today));
        var signed = Then(voted, ConventionRules.Sign(voted, new DateOnly(2025, 6, 2), Today));
        var firstPaid = Then(signed, ConventionRules.RecordPayment(signed, new RecordGrantPayment("p1", Money.FromEuros(6_000), new DateOnly(2025, 6, 20)), Today));

        var payments = Obligations.For(firstPaid.ToSnapshot()!, new DateOnly(2025, 9, 2)).Where(item => item.Kind == ObligationKind.Payment).ToList();

        var second = Assert.Single(payments);
        Assert.Equal((new DateOnly(2025, 9, 1), ObligationState.Late, Money.FromEuros(3_900)), (second.Date, second.State, second.Amount));
    }
}
