using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using static Cigales.Grants.Tests.Domain.ConventionStates;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Domain;

/// <summary>Recovery orders (titres de recette): the funder's own, their repayments, those that control and termination issue, and their place in the deadlines.</summary>
public sealed class RecoveryRules
{
    private static readonly DateOnly OrderedOn = new(2026, 9, 15);

    private static OrderRecovery Order(string key = "r1", long euros = 900, DateOnly? due = null) =>
        new(key, Money.FromEuros(euros), OrderedOn, due ?? new DateOnly(2026, 10, 15), "actions not carried out");

    private static ConventionState Ordered() => Then(Paid(), ConventionRules.OrderRecovery(Paid(), Order(), Today));

    private static ConventionState Reported(params Expense[] expenses)
    {
        var state = Paid();
        foreach (var expense in expenses)
        {
            state = Then(state, ConventionRules.RecordExpense(state, expense, Today));
        }

        return Then(state, ConventionRules.SubmitFinalReport(state, FinalReport(new DateOnly(2026, 5, 29)), Today));
    }

    [Fact]
    public void TheFunderOrdersARecoveryWithItsDueDateOncePerKey()
    {
        var ordered = Ordered();

        var order = Assert.Single(ordered.Recoveries);
        Assert.Equal((Money.FromEuros(900), new DateOnly(2026, 10, 15), "r1"), (order.Amount, order.Due, order.Key));
        Assert.Empty(ConventionRules.OrderRecovery(ordered, Order(), Today).Events);
        Assert.Equal("recovery.key_reused", ConventionRules.OrderRecovery(ordered, Order(euros: 800), Today).Refusal!.Rule);
    }

    [Fact]
    public void RecoveryOrdersNeverAddUpToMoreThanWasPaidNorFallDueBeforeTheirDay()
    {
        var ordered = Ordered();

        var tooMuch = ConventionRules.OrderRecovery(ordered, Order("r2", euros: (Grant - Money.FromEuros(900)).Cents / 100 + 1), Today).Refusal!;
        var dueBefore = ConventionRules.OrderRecovery(ordered, Order("r3", due: OrderedOn.AddDays(-1)), Today).Refusal!;
        var nothingPaid = ConventionRules.OrderRecovery(Signed(), Order(), Today).Refusal!;

        Assert.Equal(("amount", "recovery.within_paid"), (tooMuch.Field, tooMuch.Rule));
        Assert.Equal(("due", "recovery.due_after_order"), (dueBefore.Field, dueBefore.Rule));
        Assert.Equal("recovery.paid", nothingPaid.Rule);
    }

    [Fact]
    public void ARepaymentIsRecordedOncePerKeyAndNeverAboveWhatIsStillOwed()
    {
        var ordered = Ordered();
        var part = new RecordRecoveryPayment("p1", 1, Money.FromEuros(400), new DateOnly(2026, 10, 1));

        var repaid = Then(ordered, ConventionRules.RecordRecoveryPayment(ordered, part, Today));
        var again = ConventionRules.RecordRecoveryPayment(repaid, part, Today);
        var reused = ConventionRules.RecordRecoveryPayment(repaid, part with { Amount = Money.FromEuros(300) }, Today).Refusal!;
        var tooMuch = ConventionRules.RecordRecoveryPayment(repaid, part with { Key = "p2", Amount = Money.FromEuros(501) }, Today).Refusal!;
        var noSuchOrder = ConventionRules.RecordRecoveryPayment(repaid, part with { Key = "p3", Order = 2 }, Today).Refusal!;

        Assert.Equal((Money.FromEuros(400), Money.FromEuros(500)), (repaid.Recoveries[0].Repaid, repaid.Recoveries[0].Outstanding));
        Assert.Empty(again.Events);
        Assert.Equal("recovery_payment.key_reused", reused.Rule);
        Assert.Equal(("amount", "recovery_payment.within_order"), (tooMuch.Field, tooMuch.Rule));
        Assert.Equal(("order", "recovery.exists"), (noSuchOrder.Field, noSuchOrder.Rule));
    }

    [Fact]
    public void ARecoveryNotPaidBackByItsDueDateIsLateInTheDeadlinesAndGoneOncePaid()
    {
        var ordered = Ordered();
        var paidBack = Then(ordered, ConventionRules.RecordRecoveryPayment(ordered, new RecordRecoveryPayment("p1", 1, Money.FromEuros(900), new DateOnly(2026, 10, 20)), Today));

        var coming = Obligations.For(ordered.ToSnapshot()!, new DateOnly(2026, 10, 1));
        var late = Obligations.For(ordered.ToSnapshot()!, new DateOnly(2026, 10, 16));

        Assert.Equal(ObligationState.Upcoming, Assert.Single(coming, item => item.Kind == ObligationKind.Recovery).State);
        var overdue = Assert.Single(late, item => item.Kind == ObligationKind.Recovery);
        Assert.Equal((ObligationState.Late, Money.FromEuros(900)), (overdue.State, overdue.Amount));
        Assert.DoesNotContain(Obligations.For(paidBack.ToSnapshot()!, new DateOnly(2026, 10, 16)), item => item.Kind == ObligationKind.Recovery);
    }

    [Fact]
    public void TerminationAskedByTheBeneficiaryOrdersWhatWasNotUsedBackWithinAMonth()
    {
        var paid = Paid();
        var asked = new Termination(TerminationKind.BeneficiaryRequest, new DateOnly(2025, 10, 6), new DateOnly(2025, 9, 30), Money.FromEuros(4_000), "the association abandons the project");

        var terminated = Then(paid, ConventionRules.Terminate(paid, asked, Today));
        var askedAfter = ConventionRules.Terminate(paid, asked with { LetterSentOn = new DateOnly(2025, 10, 7) }, Today).Refusal!;

        Assert.Equal(ConventionStatus.Terminated, terminated.Status);
        var order = Assert.Single(terminated.Recoveries);
        Assert.Equal((Grant - Money.FromEuros(4_000), new DateOnly(2025, 11, 6)), (order.Amount, order.Due));
        Assert.Equal(ObligationState.Late, Assert.Single(Obligations.For(terminated.ToSnapshot()!, new DateOnly(2025, 11, 7))).State);
        Assert.Equal(("letter_sent_on", "termination.asked_before"), (askedAfter.Field, askedAfter.Rule));
    }

    [Fact]
    public void ExpensesRejectedAtControlReduceWhatIsAcceptedAndTheOverpaidPartIsOrderedBack()
    {
        var reported = Reported(
            new Expense("e1", new DateOnly(2025, 4, 3), Money.FromEuros(300), "Frais de déplacement", "train Arras–Lille"),
            new Expense("e2", new DateOnly(2025, 5, 7), Money.FromEuros(84), "Frais de déplacement", "taxi"));

        var controlled = Then(reported, ConventionRules.Control(reported, new ControlConvention(OrderedOn, Grant, ["e1"]), Today));
        var unknown = ConventionRules.Control(reported, new ControlConvention(OrderedOn, Grant, ["e9"]), Today).Refusal!;

        Assert.Equal(Grant - Money.FromEuros(300), controlled.Accepted);
        var order = Assert.Single(controlled.Recoveries);
        Assert.Equal((Money.FromEuros(300), OrderedOn.AddMonths(1)), (order.Amount, order.Due));
        Assert.Contains("train Arras–Lille", order.Reason, StringComparison.Ordinal);
        Assert.Equal(("rejected_expenses", "control.expense_recorded"), (unknown.Field, unknown.Rule));
    }
}
