using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

public sealed record ConventionState : IEventSourced<ConventionState, ConventionEvent>
{
    public static ConventionState Initial { get; } = new();

    public ConventionDrafted? Drafting { get; init; }

    /// <summary>The terms in force: as drafted, then amended and extended.</summary>
    public ConventionTerms Terms { get; init; } = null!;

    public ConventionStatus Status { get; init; } = ConventionStatus.Drafted;

    public CommitteeReport? Report { get; init; }

    public Deliberation? Deliberation { get; init; }

    public DateOnly? SignedOn { get; init; }

    public ImmutableList<PaymentLine> Payments { get; init; } = [];

    public FinalReport? FinalReport { get; init; }

    public Money? Accepted { get; init; }

    public ImmutableList<RecoveryOrder> Recoveries { get; init; } = [];

    public ImmutableList<Amendment> Amendments { get; init; } = [];

    public ImmutableList<ExtensionView> Extensions { get; init; } = [];

    public Termination? Termination { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public bool RepaymentClaimed { get; init; }

    public ReportDraft? ReportDraft { get; init; }

    public BankDetails? BankDetails { get; init; }

    public ImmutableList<Expense> Expenses { get; init; } = [];

    /// <summary>A move of the budget line recorded and not yet made (<see cref="BudgetMoves"/>).</summary>
    public BudgetMoveRequested? PendingMove { get; init; }

    /// <summary>The moves the line refused, by key: the answer to a retry of the decision they carried.</summary>
    public ImmutableDictionary<string, BudgetMoveRefused> RefusedMoves { get; init; } = ImmutableDictionary<string, BudgetMoveRefused>.Empty;

    public bool Exists => Drafting is not null;

    public Money Paid => Payments.Sum(payment => payment.Amount);

    public ExtensionView? PendingExtension => Extensions.LastOrDefault(extension => extension.Decision is null);

    public DateOnly ExtensionDeadline => Terms.ExtensionDeadline;

    public DateOnly ClawbackFrom => Terms.ClawbackFrom;

    /// <summary>Signed and not yet ended: obligations run.</summary>
    public bool InForce => Status is ConventionStatus.Signed or ConventionStatus.Paid or ConventionStatus.ReportSubmitted;

    public ConventionState Apply(ConventionEvent @event) => @event switch
    {
        ConventionDrafted drafted => this with { Drafting = drafted, Terms = drafted.Terms },
        CommitteeReportRecorded report => this with { Report = report.Report },
        DeliberationRecorded deliberation => this with
        {
            Deliberation = deliberation.Deliberation,
            Status = deliberation.Deliberation.Adopted ? ConventionStatus.Voted : Status,
        },
        ConventionSigned signed => this with { SignedOn = signed.On, Status = ConventionStatus.Signed },
        GrantPaymentRecorded paid => this with
        {
            Payments = Payments.Add(new PaymentLine(paid.Key, paid.Amount, paid.On)),
            Status = Status == ConventionStatus.Signed ? ConventionStatus.Paid : Status,
        },
        FinalReportSubmitted report => this with { FinalReport = report.Report, Status = ConventionStatus.ReportSubmitted },
        ConventionControlled controlled => this with { Accepted = controlled.Accepted, Status = ConventionStatus.Controlled },
        RecoveryOrdered recovery => this with { Recoveries = Recoveries.Add(new RecoveryOrder(recovery.Amount, recovery.On, recovery.Reason, recovery.Due, recovery.Key)) },
        RecoveryPaymentRecorded repaid => this with { Recoveries = Recoveries.SetItem(repaid.Order - 1, Repaid(Recoveries[repaid.Order - 1], repaid)) },
        ConventionClosed closed => this with { ClosedOn = closed.On, Status = ConventionStatus.Closed },
        ConventionAmended amended => this with
        {
            Amendments = Amendments.Add(amended.Amendment),
            Terms = Terms with
            {
                Grant = amended.Amendment.Grant ?? Terms.Grant,
                End = amended.Amendment.End ?? Terms.End,
                FinalReportDue = amended.Amendment.FinalReportDue ?? Terms.FinalReportDue,
            },
        },
        ExtensionRequested requested => this with { Extensions = Extensions.Add(new ExtensionView(requested.Request, null)) },
        ExtensionDecided decided => Decide(decided.Deliberation),
        ConventionTerminated terminated => this with { Termination = terminated.Termination, Status = ConventionStatus.Terminated },
        RepaymentClaimed claimed => this with { RepaymentClaimed = true },
        ReportDraftSaved saved => this with { ReportDraft = saved.Draft },
        BankDetailsRecorded bank => this with { BankDetails = bank.Details },
        ExpenseRecorded expense => this with { Expenses = Expenses.Add(expense.Expense) },
        BudgetMoveRequested move => this with { PendingMove = move },
        BudgetLineMoved => this with { PendingMove = null },
        BudgetMoveRefused refused => this with { PendingMove = null, RefusedMoves = RefusedMoves.SetItem(refused.Key, refused) },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not a convention event"),
    };

    public ConventionSnapshot? ToSnapshot() => Drafting is { } d
        ? new ConventionSnapshot(
            d.ConventionId, Terms, Status, Report, Deliberation, SignedOn, Payments, FinalReport, Accepted,
            Recoveries, Amendments, Extensions, Termination, ClosedOn, d.DraftedAt, ReportDraft, BankDetails, Expenses)
        : null;

    private static RecoveryOrder Repaid(RecoveryOrder order, RecoveryPaymentRecorded repaid) =>
        order with { Repayments = [.. order.RepaymentsRecorded, new PaymentLine(repaid.Key, repaid.Amount, repaid.On)] };

    private ConventionState Decide(Deliberation deliberation)
    {
        var pending = PendingExtension!;
        var state = this with { Extensions = Extensions.Replace(pending, pending with { Decision = deliberation }) };
        if (!deliberation.Adopted)
        {
            return state;
        }

        // The end moves; the final report's due date moves by as many days.
        var days = pending.Request.NewEnd.DayNumber - Terms.End.DayNumber;
        return state with { Terms = Terms with { End = pending.Request.NewEnd, FinalReportDue = Terms.FinalReportDue.AddDays(days) } };
    }
}
