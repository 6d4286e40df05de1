using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>
/// Staff share a project with the partners of the Pôle de la Finance Solidaire, with a summary
/// written for them and what the holder seeks: partners see that, not the pipeline's notes.
/// </summary>
public sealed record ShareProject(
    string Summary,
    Money AmountSought,
    DateOnly On);

public sealed record UpdateSharing(string Summary, Money AmountSought);

public sealed record WithdrawSharing(DateOnly On, string Reason);

/// <summary>Where a partner's co-financing of a shared project stands.</summary>
public enum CoFinancingStatus
{
    /// <summary>The partner considers it: proposed to its committee.</summary>
    Proposed,
    /// <summary>Its committee agreed.</summary>
    Committed,
    /// <summary>The money went out.</summary>
    Disbursed,
    /// <summary>The partner will not finance it.</summary>
    Declined,
}

/// <summary>
/// A partner records, or updates, its own co-financing of a shared project: one per partner and
/// project, the latest record standing. Money moves: <see cref="RequestId"/> is the idempotency key.
/// </summary>
public sealed record RecordPartnerCoFinancing(
    string RequestId,
    string PartnerId,
    string PartnerName,
    Money Amount,
    Instrument Instrument,
    CoFinancingStatus Status,
    DateOnly On);

public sealed record PartnerCoFinancing(
    string PartnerId,
    string PartnerName,
    Money Amount,
    Instrument Instrument,
    CoFinancingStatus Status,
    DateOnly On);

/// <summary>
/// A project as shared with the partners: what they may see of it, and the co-financings recorded
/// (each partner is shown its own only: <see cref="ForPartners"/>).
/// </summary>
/// <param name="WithdrawnOn">The day staff stopped sharing it; null while shared.</param>
public sealed record SharedProjectSnapshot(
    string ProjectHolderId,
    string ProjectName,
    string Activity,
    string Town,
    string Department,
    PipelineStage Stage,
    string Summary,
    Money AmountSought,
    DateOnly SharedOn,
    DateOnly? WithdrawnOn,
    IReadOnlyList<PartnerCoFinancing> CoFinancings)
{
    public bool IsWithdrawn => WithdrawnOn is not null;

    /// <summary>What a partner's contact sees: the project and their partners' own co-financings, no other partner's.</summary>
    public SharedProjectSnapshot ForPartners(IReadOnlyCollection<string> partnerIds) =>
        this with { CoFinancings = CoFinancings.Where(coFinancing => partnerIds.Contains(coFinancing.PartnerId)).ToList() };
}
