using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using static Cigales.Grants.Tests.Domain.ConventionStates;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Domain;

/// <summary>The 2025 convention's life through the pure rules, with its real dates.</summary>
public sealed class ConventionLifeRules
{
    [Fact]
    public void TheConventionIsDraftedWithItsDeadlinesFromItsOwnRules()
    {
        var drafted = Drafted();

        Assert.Equal(ConventionStatus.Drafted, drafted.Status);
        Assert.Equal(new DateOnly(2025, 6, 30), drafted.ExtensionDeadline);
        Assert.Equal(new DateOnly(2026, 7, 1), drafted.ClawbackFrom);
        Assert.Equal(new DateOnly(2026, 6, 1), drafted.Terms.FinalReportDue);
    }

    [Fact]
    public void DraftingNamesEveryProblemOfTheTermsAtOnce()
    {
        var terms = Terms2025 with
        {
            FileNumber = " ",
            Schedule = [new Instalment(Money.FromEuros(5_000), null, "at signature")],
            Axes = [Axes[0], Axes[1]],
        };
        var facts = Facts with { FunderExists = false };

        var decision = ConventionRules.Draft(ConventionState.Initial, "c", terms, facts, DraftedAt);

        Assert.Equal(
            ["convention.file_number_required", "organisation.exists", "convention.schedule_total", "budget.axes_days", "budget.axes_hours"],
            decision.Refusals.Select(refusal => refusal.Rule));
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void ABudgetLineOfAnotherFunderOrYearIsRefused()
    {
        var facts = Facts with { BudgetLine = Facts.BudgetLine! with { Details = BudgetLine("dept-59") with { Year = 2024 } } };

        var decision = ConventionRules.Draft(ConventionState.Initial, "c", Terms2025, facts, DraftedAt);

        Assert.Equal(["budget_line.funder", "budget_line.year"], decision.Refusals.Select(refusal => refusal.Rule));
    }

    [Fact]
    public void TheDeliberationOf19May2025Was43For0AgainstAndAdopted()
    {
        var voted = Voted();

        Assert.Equal(ConventionStatus.Voted, voted.Status);
        Assert.True(voted.Deliberation!.Adopted);
    }

    [Fact]
    public void ARejectedDeliberationLeavesTheConventionUnsignable()
    {
        var drafted = Drafted();
        var rejected = Then(drafted, ConventionRules.RecordDeliberation(drafted, AdoptedDeliberation with { For = 10, Against = 33 }, Today));

        var decision = ConventionRules.Sign(rejected, new DateOnly(2025, 6, 2), Today);

        Assert.Equal(ConventionStatus.Drafted, rejected.Status);
        Assert.Equal(("convention.adopted", RefusalKind.FailedPrecondition), (decision.Refusal!.Rule, decision.Refusal.Kind));
    }

    [Fact]
    public void TheSameVotesForAndAgainstDoNotAdopt()
    {
        Assert.False((AdoptedDeliberation with { For = 20, Against = 20 }).Adopted);
    }

    [Fact]
    public void ThePaymentIsRecordedOncePerKey()
    {
        var signed = Signed();
        var payment = new RecordGrantPayment("p1", Grant, new DateOnly(2025, 6, 20));
        var paid = Then(signed, ConventionRules.RecordPayment(signed, payment, Today));

        var retry = ConventionRules.RecordPayment(paid, payment, Today);
        var reused = ConventionRules.RecordPayment(paid, payment with { Amount = Money.FromCents(1) }, Today);

        Assert.Equal((ConventionStatus.Paid, Grant), (paid.Status, paid.Paid));
        Assert.False(retry.IsRefused);
        Assert.Empty(retry.Events);
        Assert.Equal("payment.key_reused", reused.Refusal!.Rule);
    }

    [Fact]
    public void PaymentsNeverAddUpToMoreThanTheGrant()
    {
        var signed = Signed();
        var first = Then(signed, ConventionRules.RecordPayment(signed, new RecordGrantPayment("p1", Money.FromEuros(9_000), new DateOnly(2025, 6, 20)), Today));

        var decision = ConventionRules.RecordPayment(first, new RecordGrantPayment("p2", Money.FromCents(90_001), new DateOnly(2025, 6, 21)), Today);

        Assert.Equal(("amount", "payment.ceiling"), (decision.Refusal!.Field, decision.Refusal.Rule));
    }

    [Fact]
    public void AnExtensionAskedOn30June2025IsAcceptedAndOn1JulyRefused()
    {
        var paid = Paid();
        var onTime = ConventionRules.RequestExtension(paid, new ExtensionRequest(new DateOnly(2025, 6, 30), new DateOnly(2026, 6, 30), "pitch nights moved"), Today);
        var late = ConventionRules.RequestExtension(paid, new ExtensionRequest(new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30), "pitch nights moved"), Today);

        Assert.False(onTime.IsRefused);
        Assert.Equal(("requested_on", "extension.deadline"), (late.Refusal!.Field, late.Refusal.Rule));
        Assert.Contains("2025-06-30", late.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdoptedExtensionMovesTheEndAndTheReportByAsManyDays()
    {
        var paid = Paid();
        var requested = Then(paid, ConventionRules.RequestExtension(paid, new ExtensionRequest(new DateOnly(2025, 6, 16), new DateOnly(2026, 3, 31), "reason"), Today));

        var extended = Then(requested, ConventionRules.DecideExtension(requested, AdoptedDeliberation with { Number = "2025-301", On = new DateOnly(2025, 7, 7) }, Today));

        Assert.Equal(new DateOnly(2026, 3, 31), extended.Terms.End);
        Assert.Equal(new DateOnly(2026, 6, 1).AddDays(90), extended.Terms.FinalReportDue);
        Assert.Null(extended.PendingExtension);
    }

    [Fact]
    public void WithoutAFinalReportRepaymentIsClaimableFrom1July2026()
    {
        var paid = Paid();

        var tooEarly = ConventionRules.ClaimRepayment(paid, new DateOnly(2026, 6, 30), Today);
        var claimed = ConventionRules.ClaimRepayment(paid, new DateOnly(2026, 7, 1), Today);

        Assert.Equal("clawback.delay", tooEarly.Refusal!.Rule);
        var recovery = Assert.Single(claimed.Events.OfType<RecoveryOrdered>());
        Assert.Equal(Grant, recovery.Amount);
    }

    [Fact]
    public void AFinalReportOnTimeMeansNothingToClaim()
    {
        var paid = Paid();
        var reported = Then(paid, ConventionRules.SubmitFinalReport(paid, FinalReport(new DateOnly(2026, 5, 29)), Today));

        var decision = ConventionRules.ClaimRepayment(reported, new DateOnly(2026, 7, 1), Today);

        Assert.Equal(ConventionStatus.ReportSubmitted, reported.Status);
        Assert.Equal("clawback.no_report", decision.Refusal!.Rule);
    }

    [Fact]
    public void AFinalReportWhoseActualBudgetDoesNotBalanceIsRefusedNamingTheActualBudget()
    {
        var paid = Paid();
        var report = FinalReport(new DateOnly(2026, 5, 29)) with { Actual = Budget with { Products = Budget.Products.Take(2).ToList() } };

        var decision = ConventionRules.SubmitFinalReport(paid, report, Today);

        Assert.Contains(decision.Refusals, refusal => (refusal.Field, refusal.Rule) == ("report.actual", "budget.balanced"));
        Assert.Contains(decision.Refusals, refusal => refusal.Rule == "budget.volunteer_both_sides");
    }

    [Fact]
    public void AControlBelowWhatWasPaidOrdersTheDifferenceBack()
    {
        var paid = Paid();
        var reported = Then(paid, ConventionRules.SubmitFinalReport(paid, FinalReport(new DateOnly(2026, 5, 29)), Today));

        var controlled = Then(reported, ConventionRules.Control(reported, new ControlConvention(new DateOnly(2026, 9, 15), Money.FromEuros(9_000)), Today));

        Assert.Equal((ConventionStatus.Controlled, Money.FromEuros(9_000)), (controlled.Status, controlled.Accepted));
        Assert.Equal(Money.FromEuros(900), Assert.Single(controlled.Recoveries).Amount);
        Assert.False(ConventionRules.Close(controlled, new DateOnly(2026, 10, 1), Today).IsRefused);
    }

    [Fact]
    public void TerminationByNoticeWaitsAMonthAfterTheLetterAndRecoversWhatWasNotUsed()
    {
        var paid = Paid();
        var termination = new Termination(TerminationKind.Notice, new DateOnly(2025, 10, 14), new DateOnly(2025, 9, 15), Money.FromEuros(4_000), "the actions stopped");

        var early = ConventionRules.Terminate(paid, termination, Today);
        var onTime = ConventionRules.Terminate(paid, termination with { On = new DateOnly(2025, 10, 15) }, Today);

        Assert.Equal(("on", "termination.notice"), (early.Refusal!.Field, early.Refusal.Rule));
        Assert.Equal(Money.FromEuros(5_900), Assert.Single(onTime.Events.OfType<RecoveryOrdered>()).Amount);
    }

    [Fact]
    public void AFalseDeclarationTerminatesAtOnce()
    {
        var paid = Paid();

        var decision = ConventionRules.Terminate(paid, new Termination(TerminationKind.FalseDeclaration, new DateOnly(2025, 7, 1), null, Money.Zero, "false declaration"), Today);

        var terminated = Then(paid, decision);
        Assert.Equal(ConventionStatus.Terminated, terminated.Status);
        Assert.Equal(Grant, Assert.Single(terminated.Recoveries).Amount);
    }

    [Fact]
    public void AmendmentsAreNumberedInOrderAndNeverLowerTheGrantBelowWhatWasPaid()
    {
        var paid = Paid();

        var outOfOrder = ConventionRules.Amend(paid, new Amendment(2, new DateOnly(2025, 9, 1), "more", Money.FromEuros(10_000), null, null), Today);
        var belowPaid = ConventionRules.Amend(paid, new Amendment(1, new DateOnly(2025, 9, 1), "less", Money.FromEuros(5_000), null, null), Today);
        var amended = Then(paid, ConventionRules.Amend(paid, new Amendment(1, new DateOnly(2025, 9, 1), "more", Money.FromEuros(11_000), null, new DateOnly(2026, 6, 15)), Today));

        Assert.Equal("amendment.in_order", outOfOrder.Refusal!.Rule);
        Assert.Equal("amendment.grant", belowPaid.Refusal!.Rule);
        Assert.Equal((Money.FromEuros(11_000), new DateOnly(2026, 6, 15)), (amended.Terms.Grant, amended.Terms.FinalReportDue));
    }

    [Fact]
    public void ADateInTheFutureIsRefusedNamingTheField()
    {
        var voted = Voted();

        var decision = ConventionRules.Sign(voted, Today.AddDays(1), Today);

        Assert.Equal(("on", "date.not_future"), (decision.Refusal!.Field, decision.Refusal.Rule));
    }
}
