using Cigales.Finance.Domain;
using Cigales.GrainInterfaces.Finance;
using Marten.Events.Aggregation;

namespace Cigales.Finance.Projections;

/// <summary>A project holder as lists show them, kept up to date inline with their events.</summary>
public sealed record ProjectHolderView(
    string Id,
    string ProjectName,
    string Activity,
    string Town,
    string ReferringClubId,
    PipelineStage Stage,
    DateTimeOffset RegisteredAt)
{
    /// <summary>Lists go by project name; the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{ProjectName.ToLowerInvariant()}\u001f{Id}";

    public ProjectHolderSnapshot ToSnapshot() => new(Id, ProjectName, Activity, Town, ReferringClubId, Stage, RegisteredAt);
}

public sealed class ProjectHolderViewProjection : SingleStreamProjection<ProjectHolderView, string>
{
    public static ProjectHolderView Create(ProjectHolderRegistered e) =>
        new(e.ProjectHolderId, e.ProjectName, e.Activity, e.Town, e.ReferringClubId, PipelineStage.Welcomed, e.RegisteredAt);
}
