using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

public static partial class ConventionRules
{
    public static Decision<ConventionEvent> SubmitFinalReport(ConventionState state, FinalReport report, DateOnly today)
    {
        var refusal = First(
            () => Exists(state),
            () => state.Status is ConventionStatus.Signed or ConventionStatus.Paid
                ? null
                : Refusal.Precondition(string.Empty, "convention.reportable", $"a {Name(state.Status)} convention takes no final report"),
            () => NotFuture("report.on", report.On, today),
            () => report.ActivityReport.Trim().Length == 0 ? Refusal.Invalid("report.activity_report", "report.activity_required", "the activity report must not be blank") : null);
        if (refusal is not null)
        {
            return refusal;
        }

        // The actual budget is checked as the provisional one was, and axis by axis against the
        // programme, but for the breaches the staff acknowledged with a reason in the report's draft.
        var acknowledged = report.AcknowledgedRules ?? [];
        var problems = BudgetChecks.Problems(report.Actual, report.ActualAxes, state.Terms.Rates, "report.actual", "report.actual_axes")
            .Where(problem => !acknowledged.Contains(problem.Rule))
            .ToList();
        var planned = state.Terms.Axes.Select(axis => axis.Number).Order().ToList();
        if (!report.ActualAxes.Select(axis => axis.Number).Order().SequenceEqual(planned))
        {
            problems.Add(Refusal.Invalid("report.actual_axes", "report.axes", $"the report gives each axis of the programme, {string.Join(", ", planned)}, once"));
        }

        return problems.Count > 0 ? Decision<ConventionEvent>.Refuse(problems) : Decision<ConventionEvent>.Accept(new FinalReportSubmitted(report));
    }

    /// <summary>
    /// After control of what was done: the amount accepted, less the expenses rejected as
    /// unjustified; below what was paid, a recovery order for the difference, due a month later.
    /// </summary>
    public static Decision<ConventionEvent> Control(ConventionState state, ControlConvention command, DateOnly today)
    {
        var rejectedKeys = command.RejectedExpenses ?? [];
        var rejected = state.Expenses.Where(expense => rejectedKeys.Contains(expense.Key)).ToList();
        var refusal = First(
            () => Exists(state),
            () => state.Status == ConventionStatus.ReportSubmitted
                ? null
                : Refusal.Precondition(string.Empty, "convention.report_submitted", "control follows the final report"),
            () => NotFuture("on", command.On, today),
            () => command.Accepted.IsNegative || command.Accepted > state.Terms.Grant
                ? Refusal.Invalid("accepted", "control.within_grant", $"the amount accepted lies between nothing and the grant of {state.Terms.Grant}")
                : null,
            () => rejectedKeys.FirstOrDefault(key => state.Expenses.All(expense => expense.Key != key)) is { } unknown
                ? Refusal.Invalid("rejected_expenses", "control.expense_recorded", $"'{unknown}' is not an expense recorded on the convention")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var rejectedTotal = rejected.Sum(expense => expense.Amount);
        var accepted = Money.Max(Money.Zero, command.Accepted - rejectedTotal);
        var overpaid = state.Paid - accepted;
        var why = rejected.Count == 0
            ? $"control: {accepted} accepted, {state.Paid} paid"
            : $"control: {accepted} accepted ({rejectedTotal} of unjustified expenses rejected: {string.Join(", ", rejected.Select(expense => expense.Label))}), {state.Paid} paid";
        return Decision<ConventionEvent>.Accept([
            new ConventionControlled(command.On, accepted),
            .. overpaid.IsPositive ? [Recovery(overpaid, command.On, why)] : Array.Empty<ConventionEvent>(),
            // What was not accepted goes back to the budget line.
            .. GiveBack(state, "control", state.Terms.Grant - accepted),
        ]);
    }

    public static Decision<ConventionEvent> Close(ConventionState state, DateOnly on, DateOnly today) =>
        First(
            () => Exists(state),
            () => state.Status == ConventionStatus.Controlled ? null : Refusal.Precondition(string.Empty, "convention.controlled", "a convention is closed once controlled"),
            () => NotFuture("on", on, today))
        ?? Decision<ConventionEvent>.Accept(new ConventionClosed(on));

    /// <summary>Changes need an amendment signed by both parties, numbered in order.</summary>
    public static Decision<ConventionEvent> Amend(ConventionState state, Amendment amendment, DateOnly today) =>
        First(
            () => Exists(state),
            () => state.InForce ? null : Refusal.Precondition(string.Empty, "convention.in_force", $"a {Name(state.Status)} convention is not amended"),
            () => amendment.Number != state.Amendments.Count + 1
                ? Refusal.Invalid("amendment.number", "amendment.in_order", $"the next amendment is number {state.Amendments.Count + 1}")
                : null,
            () => amendment.Description.Trim().Length == 0 ? Refusal.Invalid("amendment.description", "amendment.described", "an amendment says what changes") : null,
            () => NotFuture("amendment.signed_on", amendment.SignedOn, today),
            () => amendment.SignedOn < state.SignedOn ? Refusal.Invalid("amendment.signed_on", "amendment.after_signature", "an amendment is signed after the convention") : null,
            () => amendment.Grant is { } grant && (!grant.IsPositive || grant < state.Paid)
                ? Refusal.Invalid("amendment.grant", "amendment.grant", $"the grant cannot go below what was paid, {state.Paid}")
                : null,
            () => amendment.End is { } end && end < state.Terms.Start ? Refusal.Invalid("amendment.end", "period.end_not_before_start", "the end cannot come before the start") : null)
        ?? Amended(state, amendment);

    /// <summary>An extension is asked at the latest the delay before the end; it waits for a deliberation.</summary>
    public static Decision<ConventionEvent> RequestExtension(ConventionState state, ExtensionRequest request, DateOnly today) =>
        First(
            () => Exists(state),
            () => state.Status is ConventionStatus.Signed or ConventionStatus.Paid
                ? null
                : Refusal.Precondition(string.Empty, "convention.in_force", $"a {Name(state.Status)} convention is not extended"),
            () => state.PendingExtension is not null ? Refusal.Precondition(string.Empty, "extension.pending", "an extension request already waits for its deliberation") : null,
            () => NotFuture("requested_on", request.RequestedOn, today),
            () => request.RequestedOn > state.ExtensionDeadline
                ? Refusal.Precondition("requested_on", "extension.deadline",
                    $"an extension must be asked {state.Terms.Rules.ExtensionRequestMonthsBeforeEnd} months before the end at the latest, by {Iso(state.ExtensionDeadline)}")
                : null,
            () => request.NewEnd <= state.Terms.End ? Refusal.Invalid("new_end", "extension.later_end", $"the new end comes after {Iso(state.Terms.End)}") : null)
        ?? Decision<ConventionEvent>.Accept(new ExtensionRequested(request));

    public static Decision<ConventionEvent> DecideExtension(ConventionState state, Deliberation deliberation, DateOnly today) =>
        First(
            () => Exists(state),
            () => state.PendingExtension is null ? Refusal.Precondition(string.Empty, "extension.pending", "no extension request waits for a deliberation") : null,
            () => NotFuture("deliberation.on", deliberation.On, today),
            () => deliberation.On < state.PendingExtension!.Request.RequestedOn
                ? Refusal.Invalid("deliberation.on", "deliberation.after_request", $"the deliberation comes after the request of {Iso(state.PendingExtension.Request.RequestedOn)}")
                : null)
        ?? Decision<ConventionEvent>.Accept(new ExtensionDecided(deliberation));

    /// <summary>
    /// By notice: the registered letter left without effect for the notice period; at once for a
    /// false declaration, or on the funder's order when the beneficiary asks for it (it abandons the
    /// project). What was paid and not used is recovered, due a month after the order.
    /// </summary>
    public static Decision<ConventionEvent> Terminate(ConventionState state, Termination termination, DateOnly today)
    {
        var effective = termination is { Kind: TerminationKind.Notice, LetterSentOn: { } letter }
            ? letter.AddMonths(state.Exists ? state.Terms.Rules.TerminationNoticeMonths : 0)
            : termination.On;
        var refusal = First(
            () => Exists(state),
            () => state.InForce ? null : Refusal.Precondition(string.Empty, "convention.in_force", $"a {Name(state.Status)} convention is not terminated"),
            () => termination.Reason.Trim().Length == 0 ? Refusal.Invalid("reason", "termination.reason", "a termination gives its reason") : null,
            () => NotFuture("on", termination.On, today),
            () => termination is { Kind: TerminationKind.Notice, LetterSentOn: null }
                ? Refusal.Invalid("letter_sent_on", "termination.letter", "a termination by notice follows a registered letter")
                : null,
            () => termination is { Kind: TerminationKind.BeneficiaryRequest, LetterSentOn: { } asked } && asked > termination.On
                ? Refusal.Invalid("letter_sent_on", "termination.asked_before", $"the beneficiary asks for the termination before the funder's order of {Iso(termination.On)}")
                : null,
            () => termination.On < effective
                ? Refusal.Precondition("on", "termination.notice", $"the notice runs until {Iso(effective)}: the letter must have been left without effect for {state.Terms.Rules.TerminationNoticeMonths} month(s)")
                : null,
            () => termination.Used.IsNegative || termination.Used > state.Paid
                ? Refusal.Invalid("used", "termination.used", $"what was used lies between nothing and what was paid, {state.Paid}")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var unused = state.Paid - termination.Used;
        return Decision<ConventionEvent>.Accept([
            new ConventionTerminated(termination, termination.On),
            .. unused.IsPositive ? [Recovery(unused, termination.On, termination.Kind == TerminationKind.BeneficiaryRequest
                ? $"termination asked by the beneficiary: {unused} paid and not used"
                : $"termination: {unused} paid and not used")] : Array.Empty<ConventionEvent>(),
            // What was not used goes back to the budget line.
            .. GiveBack(state, "termination", state.Terms.Grant - termination.Used),
        ]);
    }

    /// <summary>The staff's draft of the final report, while the convention waits for it; the same draft again changes nothing.</summary>
    public static Decision<ConventionEvent> SaveReportDraft(ConventionState state, ReportDraft draft)
    {
        var refusal = First(
            () => Exists(state),
            () => state.Status is ConventionStatus.Signed or ConventionStatus.Paid
                ? null
                : Refusal.Precondition(string.Empty, "convention.reportable", $"a {Name(state.Status)} convention takes no final report"),
            () => draft.Actual.Charges.Concat(draft.Actual.Products).Any(line => line.Amount.IsNegative || line.Quantity < 0)
                ? Refusal.Invalid("draft.actual", "money.not_negative", "amounts and quantities are counted from zero up")
                : null,
            () => draft.Acknowledgements.FirstOrDefault(ack => ack.Reason.Trim().Length == 0) is { } unexplained
                ? Refusal.Invalid("draft.acknowledgements", "report.acknowledged_with_reason", $"the acknowledgement of '{unexplained.Inconsistency}' gives no reason")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        return state.ReportDraft is { } saved && SameDraft(saved, draft)
            ? Decision<ConventionEvent>.Accept()
            : Decision<ConventionEvent>.Accept(new ReportDraftSaved(draft));
    }

    private static bool SameDraft(ReportDraft a, ReportDraft b) =>
        (a.DeclaredCharges, a.DeclaredProducts, a.ActivityReport, a.Department) == (b.DeclaredCharges, b.DeclaredProducts, b.ActivityReport, b.Department)
        && a.Actual.Charges.SequenceEqual(b.Actual.Charges)
        && a.Actual.Products.SequenceEqual(b.Actual.Products)
        && a.Acknowledgements.SequenceEqual(b.Acknowledgements);

    /// <summary>No final report once the delay after the end has passed: everything paid may be claimed back.</summary>
    public static Decision<ConventionEvent> ClaimRepayment(ConventionState state, DateOnly on, DateOnly today) =>
        First(
            () => Exists(state),
            () => state.Status is ConventionStatus.Signed or ConventionStatus.Paid
                ? null
                : Refusal.Precondition(string.Empty, "clawback.no_report", $"a {Name(state.Status)} convention owes no repayment for a missing report"),
            () => state.RepaymentClaimed ? Refusal.Precondition(string.Empty, "clawback.once", "repayment was already claimed") : null,
            () => NotFuture("on", on, today),
            () => on < state.ClawbackFrom
                ? Refusal.Precondition("on", "clawback.delay", $"repayment becomes claimable from {Iso(state.ClawbackFrom)} if the final report is still missing then")
                : null,
            () => state.Paid.IsZero ? Refusal.Precondition(string.Empty, "clawback.paid", "nothing was paid") : null)
        ?? Decision<ConventionEvent>.Accept(
            new RepaymentClaimed(on),
            Recovery(state.Paid, on, $"no final report {state.Terms.Rules.ClawbackMonthsAfterEnd} months after the end: everything paid is claimed back"));

    /// <summary>
    /// An amendment that raises the grant is recorded once the difference is charged to the budget
    /// line; one that lowers it is recorded, and the difference given back.
    /// </summary>
    private static Decision<ConventionEvent> Amended(ConventionState state, Amendment amendment)
    {
        var change = (amendment.Grant ?? state.Terms.Grant) - state.Terms.Grant;
        var key = BudgetMoves.AmendmentKey(state.Drafting!.ConventionId, amendment.Number);
        return change switch
        {
            { IsPositive: true } => Decision<ConventionEvent>.Accept(new BudgetMoveRequested(key, BudgetMoveKind.Charge, change, Amendment: amendment)),
            { IsNegative: true } => Decision<ConventionEvent>.Accept(new ConventionAmended(amendment), new BudgetMoveRequested(key, BudgetMoveKind.Release, -change)),
            _ => Decision<ConventionEvent>.Accept(new ConventionAmended(amendment)),
        };
    }

    private static IEnumerable<ConventionEvent> GiveBack(ConventionState state, string why, Money amount) =>
        amount.IsPositive ? [new BudgetMoveRequested(BudgetMoves.ReleaseKey(why, state.Drafting!.ConventionId), BudgetMoveKind.Release, amount)] : [];
}
