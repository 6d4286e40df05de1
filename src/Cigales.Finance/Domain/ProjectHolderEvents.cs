namespace Cigales.Finance.Domain;

/// <summary>
/// What happened to a project holder, as stored in their stream. The type names are part of the
/// stored data: rename one only with an upcaster.
/// </summary>
public abstract record ProjectHolderEvent;

/// <param name="WelcomedOn">The first contact (null in streams written before it was recorded: the registration day).</param>
/// <param name="Department">Where the project is, when known (the department's code): figures per department count it there.</param>
public sealed record ProjectHolderRegistered(
    string ProjectHolderId,
    string ProjectName,
    string Activity,
    string Town,
    string ReferringClubId,
    DateTimeOffset RegisteredAt,
    DateOnly? WelcomedOn = null,
    Origin? Origin = null,
    string Department = "",
    string Territory = "",
    string PartnerName = "") : ProjectHolderEvent
{
    public DateOnly WelcomeDay => WelcomedOn ?? DateOnly.FromDateTime(RegisteredAt.UtcDateTime);

    /// <summary>The partner that sent the holder in; empty when none did.</summary>
    public string ReferringPartnerId => Origin is { Kind: OriginKind.Partner } origin ? origin.Reference : string.Empty;
}

public sealed record StageReached(PipelineStage Stage, DateOnly On, Origin Origin, IReadOnlyList<string> ClubIds) : ProjectHolderEvent;

public sealed record ProjectHolderDropped(DateOnly On, string Reason) : ProjectHolderEvent;
