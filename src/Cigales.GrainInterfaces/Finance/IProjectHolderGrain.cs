namespace Cigales.GrainInterfaces.Finance;

/// <summary>A project holder welcomed by the association, keyed by its id: the pipeline's single writer.</summary>
public interface IProjectHolderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Registers the holder; a referring club, when named, must exist. A retry with the same
    /// details answers the holder as registered.
    /// </summary>
    Task<ProjectHolderSnapshot> RegisterAsync(RegisterProjectHolder command);

    /// <summary>The holder, or null when none has this id.</summary>
    Task<ProjectHolderSnapshot?> GetAsync();

    /// <summary>Moves the holder forward along the pipeline (steps may be skipped, never undone).</summary>
    Task<ProjectHolderSnapshot> AdvanceAsync(AdvanceProjectHolder command);

    /// <summary>The holder leaves the pipeline before the end, with the reason.</summary>
    Task<ProjectHolderSnapshot> DropAsync(DropProjectHolder command);

    /// <summary>Shares the project with the partners (again, after a withdrawal).</summary>
    Task<SharedProjectSnapshot> ShareAsync(ShareProject command);

    /// <summary>Changes what the partners see of a shared project.</summary>
    Task<SharedProjectSnapshot> UpdateSharingAsync(UpdateSharing command);

    /// <summary>Stops sharing the project; the partners see it withdrawn.</summary>
    Task<SharedProjectSnapshot> WithdrawSharingAsync(WithdrawSharing command);

    /// <summary>A partner's co-financing of the shared project, recorded or updated; a retry with the same request id changes nothing.</summary>
    Task<SharedProjectSnapshot> RecordPartnerCoFinancingAsync(RecordPartnerCoFinancing command);

    /// <summary>The project as shared with the partners; null when it never was.</summary>
    Task<SharedProjectSnapshot?> GetSharedAsync();
}

/// <summary>welcomed → oriented → pitched → studied → financed → followed → exited, or dropped.</summary>
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

/// <summary>How a step came about.</summary>
[GenerateSerializer]
public enum OriginKind
{
    Unknown,
    /// <summary>A partner (prescripteur) sent them: Pas-de-Calais Actif, BGE...</summary>
    Partner,
    /// <summary>At an event: a pitch night, a workshop...</summary>
    Event,
    Phone,
    Mail,
    Club,
    Other,
}

/// <param name="Reference">Who or what: the partner's id, the event's id, a caller's note; may be empty.</param>
[GenerateSerializer, Immutable]
public sealed record Origin([property: Id(0)] OriginKind Kind, [property: Id(1)] string Reference)
{
    public static Origin Unknown { get; } = new(OriginKind.Unknown, string.Empty);
}

/// <summary>A project holder to register; <see cref="ReferringClubId"/> is empty when no club sent them.</summary>
/// <param name="WelcomedOn">The day of the first contact; null for the day of registration.</param>
[GenerateSerializer, Immutable]
public sealed record RegisterProjectHolder(
    [property: Id(0)] string ProjectName,
    [property: Id(1)] string Activity,
    [property: Id(2)] string Town,
    [property: Id(3)] string ReferringClubId,
    [property: Id(4)] DateOnly? WelcomedOn = null,
    [property: Id(5)] Origin? Origin = null,
    [property: Id(6)] string Department = "");

/// <param name="ClubIds">The clubs that studied the project: required to reach "studied".</param>
[GenerateSerializer, Immutable]
public sealed record AdvanceProjectHolder(
    [property: Id(0)] PipelineStage To,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] Origin Origin,
    [property: Id(3)] IReadOnlyList<string> ClubIds);

[GenerateSerializer, Immutable]
public sealed record DropProjectHolder([property: Id(0)] DateOnly On, [property: Id(1)] string Reason);

[GenerateSerializer, Immutable]
public sealed record PipelineStep(
    [property: Id(0)] PipelineStage Stage,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] Origin Origin,
    [property: Id(3)] IReadOnlyList<string> ClubIds,
    [property: Id(4)] string Reason);

[GenerateSerializer, Immutable]
public sealed record ProjectHolderSnapshot(
    [property: Id(0)] string ProjectHolderId,
    [property: Id(1)] string ProjectName,
    [property: Id(2)] string Activity,
    [property: Id(3)] string Town,
    [property: Id(4)] string ReferringClubId,
    [property: Id(5)] PipelineStage Stage,
    [property: Id(6)] DateTimeOffset RegisteredAt,
    [property: Id(7)] IReadOnlyList<PipelineStep> Steps,
    [property: Id(8)] string Department = "");
