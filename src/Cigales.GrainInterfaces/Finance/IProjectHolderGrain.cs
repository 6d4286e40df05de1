namespace Cigales.GrainInterfaces.Finance;

/// <summary>A project holder welcomed by the association, keyed by its id.</summary>
public interface IProjectHolderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Registers the holder; a referring club, when named, must exist. A retry with the same
    /// details answers the holder as registered.
    /// </summary>
    Task<ProjectHolderSnapshot> RegisterAsync(RegisterProjectHolder command);

    /// <summary>The holder, or null when none has this id.</summary>
    Task<ProjectHolderSnapshot?> GetAsync();
}

[GenerateSerializer]
public enum PipelineStage
{
    Welcomed,
    Oriented,
    Pitched,
    Studied,
    Financed,
    Followed,
    Exited,
    Dropped,
}

/// <summary>A project holder to register; <see cref="ReferringClubId"/> is empty when no club sent them.</summary>
[GenerateSerializer, Immutable]
public sealed record RegisterProjectHolder(
    [property: Id(0)] string ProjectName,
    [property: Id(1)] string Activity,
    [property: Id(2)] string Town,
    [property: Id(3)] string ReferringClubId);

[GenerateSerializer, Immutable]
public sealed record ProjectHolderSnapshot(
    [property: Id(0)] string ProjectHolderId,
    [property: Id(1)] string ProjectName,
    [property: Id(2)] string Activity,
    [property: Id(3)] string Town,
    [property: Id(4)] string ReferringClubId,
    [property: Id(5)] PipelineStage Stage,
    [property: Id(6)] DateTimeOffset RegisteredAt);
