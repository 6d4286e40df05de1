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
    string Department = "",
    string Territory = "",
    string PartnerName = "")
{
    /// <summary>Lists go by project name; the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{ProjectName.ToLowerInvariant()}\u001f{Id}";

    /// <summary>Every club named at a step (referring, studying, financing...): the list's club filter reads it.</summary>
    public IReadOnlyList<string> ClubIds => [.. Steps.SelectMany(step => step.ClubIds).Distinct()];

    /// <summary>The partner that referred the holder; empty when none did. A partner's list of its referrals reads it.</summary>
    public string ReferringPartnerId => Steps[0].Origin is { Kind: OriginKind.Partner } origin ? origin.Reference : string.Empty;

    /// <summary>Whether the holder pitched: the clubs of its department see it.</summary>
    public bool Pitched => Steps.Any(step => step.Stage == PipelineStage.Pitched);

    public ProjectHolderSnapshot ToSnapshot() => ProjectHolderViewProjection.StateOf(this).ToSnapshot()!;
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
        return new ProjectHolderView(
            holder.ProjectHolderId, holder.ProjectName, holder.Activity, holder.Town, holder.ReferringClubId, holder.Stage, holder.RegisteredAt, holder.Steps,
            holder.Department, holder.Territory, holder.ReferredByPartnerName);
    }

    internal static ProjectHolderState StateOf(ProjectHolderView view) => ProjectHolderState.Initial with
    {
        Registration = new ProjectHolderRegistered(
            view.Id, view.ProjectName, view.Activity, view.Town, view.ReferringClubId, view.RegisteredAt, view.Steps[0].On, view.Steps[0].Origin,
            view.Department, view.Territory, view.PartnerName),
        Steps = [.. view.Steps],
    };
}
