using Cigales.GrainInterfaces.Grants;

namespace Cigales.Grants.Domain;

/// <summary>
/// What happened to a convention, as stored in its stream: its terms, its votes and signature,
/// every payment and recovery, its reports, amendments, extensions and end. The type names are
/// part of the stored data.
/// </summary>
public abstract record ConventionEvent;

public sealed record ConventionDrafted(string ConventionId, ConventionTerms Terms, DateTimeOffset DraftedAt) : ConventionEvent;

public sealed record CommitteeReportRecorded(CommitteeReport Report) : ConventionEvent;

/// <summary>Adopted, the grant was charged to the budget line before this was stored.</summary>
public sealed record DeliberationRecorded(Deliberation Deliberation) : ConventionEvent;

public sealed record ConventionSigned(DateOnly On) : ConventionEvent;

public sealed record GrantPaymentRecorded(string Key, long AmountCents, DateOnly On) : ConventionEvent;

public sealed record FinalReportSubmitted(FinalReport Report) : ConventionEvent;

public sealed record ConventionControlled(DateOnly On, long AcceptedCents) : ConventionEvent;

/// <summary>A recovery order (titre de recette).</summary>
public sealed record RecoveryOrdered(long AmountCents, DateOnly On, string Reason) : ConventionEvent;

public sealed record ConventionClosed(DateOnly On) : ConventionEvent;

public sealed record ConventionAmended(Amendment Amendment) : ConventionEvent;

public sealed record ExtensionRequested(ExtensionRequest Request) : ConventionEvent;

/// <summary>Adopted, the end moves to the new end and the final report's due date by as many days.</summary>
public sealed record ExtensionDecided(Deliberation Deliberation) : ConventionEvent;

public sealed record ConventionTerminated(Termination Termination, DateOnly EffectiveOn) : ConventionEvent;

public sealed record RepaymentClaimed(DateOnly On) : ConventionEvent;

/// <summary>The staff's draft of the final report, saved again at each change.</summary>
public sealed record ReportDraftSaved(ReportDraft Draft) : ConventionEvent;
