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
public sealed record Origin(OriginKind Kind, string Reference)
{
    public static Origin Unknown { get; } = new(OriginKind.Unknown, string.Empty);
}

/// <summary>A project holder to register; <see cref="ReferringClubId"/> is empty when no club sent them.</summary>
/// <param name="WelcomedOn">The day of the first contact; null for the day of registration.</param>
public sealed record RegisterProjectHolder(
    string ProjectName,
    string Activity,
    string Town,
    string ReferringClubId,
    DateOnly? WelcomedOn = null,
    Origin? Origin = null,
    string Department = "");

/// <param name="ClubIds">The clubs that studied the project: required to reach "studied".</param>
public sealed record AdvanceProjectHolder(
    PipelineStage To,
    DateOnly On,
    Origin Origin,
    IReadOnlyList<string> ClubIds);

public sealed record DropProjectHolder(DateOnly On, string Reason);

public sealed record PipelineStep(
    PipelineStage Stage,
    DateOnly On,
    Origin Origin,
    IReadOnlyList<string> ClubIds,
    string Reason);

public sealed record ProjectHolderSnapshot(
    string ProjectHolderId,
    string ProjectName,
    string Activity,
    string Town,
    string ReferringClubId,
    PipelineStage Stage,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<PipelineStep> Steps,
    string Department = "");
