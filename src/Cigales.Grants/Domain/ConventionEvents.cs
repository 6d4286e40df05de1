using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>
/// What happened to a convention, as stored in its stream: its terms, its votes and signature,
/// every payment and recovery, its reports, amendments, extensions and end. The type names are
/// part of the stored data.
/// </summary>
public abstract record ConventionEvent;

public sealed record ConventionDrafted(string ConventionId, ConventionTerms Terms, DateTimeOffset DraftedAt) : ConventionEvent;

public sealed record CommitteeReportRecorded(CommitteeReport Report) : ConventionEvent;

/// <summary>Adopted, it follows the charge of the grant to the budget line (<see cref="BudgetMoveRequested"/>).</summary>
public sealed record DeliberationRecorded(Deliberation Deliberation) : ConventionEvent;

public sealed record ConventionSigned(DateOnly On) : ConventionEvent;

public sealed record GrantPaymentRecorded(string Key, Money Amount, DateOnly On) : ConventionEvent;

public sealed record FinalReportSubmitted(FinalReport Report) : ConventionEvent;

public sealed record ConventionControlled(DateOnly On, Money Accepted) : ConventionEvent;

/// <summary>A recovery order (titre de recette), due by <paramref name="Due"/> (none on orders stored before due dates); the funder's own carry its key.</summary>
public sealed record RecoveryOrdered(Money Amount, DateOnly On, string Reason, DateOnly? Due = null, string? Key = null) : ConventionEvent;

/// <summary>The beneficiary paid back (part of) the recovery order numbered <paramref name="Order"/>, from 1.</summary>
public sealed record RecoveryPaymentRecorded(string Key, int Order, Money Amount, DateOnly On) : ConventionEvent;

public sealed record ConventionClosed(DateOnly On) : ConventionEvent;

public sealed record ConventionAmended(Amendment Amendment) : ConventionEvent;

public sealed record ExtensionRequested(ExtensionRequest Request) : ConventionEvent;

/// <summary>Adopted, the end moves to the new end and the final report's due date by as many days.</summary>
public sealed record ExtensionDecided(Deliberation Deliberation) : ConventionEvent;

public sealed record ConventionTerminated(Termination Termination, DateOnly EffectiveOn) : ConventionEvent;

public sealed record RepaymentClaimed(DateOnly On) : ConventionEvent;

/// <summary>The beneficiary's bank account the grant is paid to; recorded again when it changes.</summary>
public sealed record BankDetailsRecorded(BankDetails Details) : ConventionEvent;

public sealed record ExpenseRecorded(Expense Expense) : ConventionEvent;

/// <summary>The staff's draft of the final report, saved again at each change.</summary>
public sealed record ReportDraftSaved(ReportDraft Draft) : ConventionEvent;

/// <summary>Which way a move of the budget line goes.</summary>
public enum BudgetMoveKind
{
    /// <summary>The grant is charged to the line (refused beyond its credits).</summary>
    Charge,

    /// <summary>What the convention will not use goes back to the line.</summary>
    Release,
}

/// <summary>
/// A move of the budget line, recorded before the line is asked (<see cref="BudgetMoves"/>): a
/// charge carries the decision it pays for (an adopted deliberation, an amendment raising the
/// grant), recorded once the line has accepted; a release follows the decision already recorded.
/// </summary>
public sealed record BudgetMoveRequested(string Key, BudgetMoveKind Kind, Money Amount, Deliberation? Deliberation = null, Amendment? Amendment = null) : ConventionEvent;

/// <summary>The budget line made the move asked under the key.</summary>
public sealed record BudgetLineMoved(string Key) : ConventionEvent;

/// <summary>The budget line refused the move (its credits fell short): nothing moved, the decision it carried is not recorded.</summary>
public sealed record BudgetMoveRefused(string Key, RefusalKind Kind, string Field, string Rule, string Reason) : ConventionEvent
{
    public Refusal Refusal => new(Kind, Field, Rule, Reason);
}
