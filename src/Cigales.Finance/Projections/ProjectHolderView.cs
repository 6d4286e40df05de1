using Cigales.Finance.Domain;
using Marten.Events.Aggregation;

namespace Cigales.Finance.Projections;

/// <summary>A project holder as lists and pipeline figures need them, kept up to date inline with their events.</summary>
public sealed record ProjectHolderView(
    string Id,
    string ProjectName,
    string Activity,
    string Town,
    string ReferringClubId,
    PipelineStage Stage,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<PipelineStep> Steps,
    string Department = "")
{
    /// <summary>Lists go by project name; the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{ProjectName.ToLowerInvariant()}\u001f{Id}";

    public ProjectHolderSnapshot ToSnapshot() => new(Id, ProjectName, Activity, Town, ReferringClubId, Stage, RegisteredAt, Steps, Department);
}

public sealed class ProjectHolderViewProjection : SingleStreamProjection<ProjectHolderView, string>
{
    // The domain's fold decides what each event means; the view keeps what it needs of it.
    public static ProjectHolderView Create(ProjectHolderRegistered e) => From(ProjectHolderState.Initial.Apply(e));

    public static ProjectHolderView Apply(StageReached e, ProjectHolderView view) => From(StateOf(view).Apply(e));

    public static ProjectHolderView Apply(ProjectHolderDropped e, ProjectHolderView view) => From(StateOf(view).Apply(e));

    private static ProjectHolderView From(ProjectHolderState state)
    {
        var holder = state.ToSnapshot()!;
        return new ProjectHolderView(holder.ProjectHolderId, holder.ProjectName, holder.Activity, holder.Town, holder.ReferringClubId, holder.Stage, holder.RegisteredAt, holder.Steps, holder.Department);
    }

    private static ProjectHolderState StateOf(ProjectHolderView view) => ProjectHolderState.Initial with
    {
        Registration = new ProjectHolderRegistered(view.Id, view.ProjectName, view.Activity, view.Town, view.ReferringClubId, view.RegisteredAt, view.Steps[0].On, view.Steps[0].Origin, view.Department),
        Steps = [.. view.Steps],
    };
}
