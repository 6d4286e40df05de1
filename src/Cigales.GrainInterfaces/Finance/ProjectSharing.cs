namespace Cigales.GrainInterfaces.Finance;

/// <summary>
/// Staff share a project with the partners of the Pôle de la Finance Solidaire, with a summary
/// written for them and what the holder seeks: partners see that, not the pipeline's notes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ShareProject(
    [property: Id(0)] string Summary,
    [property: Id(1)] long AmountSoughtCents,
    [property: Id(2)] DateOnly On);

[GenerateSerializer, Immutable]
public sealed record UpdateSharing([property: Id(0)] string Summary, [property: Id(1)] long AmountSoughtCents);

[GenerateSerializer, Immutable]
public sealed record WithdrawSharing([property: Id(0)] DateOnly On, [property: Id(1)] string Reason);

/// <summary>Where a partner's co-financing of a shared project stands.</summary>
[GenerateSerializer]
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
[GenerateSerializer, Immutable]
public sealed record RecordPartnerCoFinancing(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string PartnerId,
    [property: Id(2)] string PartnerName,
    [property: Id(3)] long AmountCents,
    [property: Id(4)] Instrument Instrument,
    [property: Id(5)] CoFinancingStatus Status,
    [property: Id(6)] DateOnly On);

[GenerateSerializer, Immutable]
public sealed record PartnerCoFinancing(
    [property: Id(0)] string PartnerId,
    [property: Id(1)] string PartnerName,
    [property: Id(2)] long AmountCents,
    [property: Id(3)] Instrument Instrument,
    [property: Id(4)] CoFinancingStatus Status,
    [property: Id(5)] DateOnly On);

/// <summary>
/// A project as shared with the partners: what they may see of it, and the co-financings recorded
/// (each partner is shown its own only: <see cref="ForPartner"/>).
/// </summary>
/// <param name="WithdrawnOn">The day staff stopped sharing it; null while shared.</param>
[GenerateSerializer, Immutable]
public sealed record SharedProjectSnapshot(
    [property: Id(0)] string ProjectHolderId,
    [property: Id(1)] string ProjectName,
    [property: Id(2)] string Activity,
    [property: Id(3)] string Town,
    [property: Id(4)] string Department,
    [property: Id(5)] PipelineStage Stage,
    [property: Id(6)] string Summary,
    [property: Id(7)] long AmountSoughtCents,
    [property: Id(8)] DateOnly SharedOn,
    [property: Id(9)] DateOnly? WithdrawnOn,
    [property: Id(10)] IReadOnlyList<PartnerCoFinancing> CoFinancings)
{
    public bool IsWithdrawn => WithdrawnOn is not null;

    /// <summary>What one partner sees: the project and its own co-financing, no other partner's.</summary>
    public SharedProjectSnapshot ForPartner(string partnerId) =>
        this with { CoFinancings = CoFinancings.Where(coFinancing => coFinancing.PartnerId == partnerId).ToList() };
}
