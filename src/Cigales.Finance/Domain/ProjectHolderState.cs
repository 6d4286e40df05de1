using Cigales.GrainInterfaces.Finance;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>A project holder as their events made them; <see cref="Registration"/> is null until registered.</summary>
public sealed record ProjectHolderState(ProjectHolderRegistered? Registration, PipelineStage Stage)
    : IEventSourced<ProjectHolderState, ProjectHolderEvent>
{
    public static ProjectHolderState Initial { get; } = new(null, PipelineStage.Welcomed);

    public bool Exists => Registration is not null;

    public ProjectHolderState Apply(ProjectHolderEvent @event) => @event switch
    {
        ProjectHolderRegistered registered => this with { Registration = registered, Stage = PipelineStage.Welcomed },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not a project holder event"),
    };

    public ProjectHolderSnapshot? ToSnapshot() => Registration is { } r
        ? new ProjectHolderSnapshot(r.ProjectHolderId, r.ProjectName, r.Activity, r.Town, r.ReferringClubId, Stage, r.RegisteredAt)
        : null;
}
