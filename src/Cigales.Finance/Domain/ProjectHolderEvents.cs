namespace Cigales.Finance.Domain;

/// <summary>
/// What happened to a project holder, as stored in their stream. The type names are part of the
/// stored data: rename one only with an upcaster.
/// </summary>
public abstract record ProjectHolderEvent;

public sealed record ProjectHolderRegistered(
    string ProjectHolderId,
    string ProjectName,
    string Activity,
    string Town,
    string ReferringClubId,
    DateTimeOffset RegisteredAt) : ProjectHolderEvent;
