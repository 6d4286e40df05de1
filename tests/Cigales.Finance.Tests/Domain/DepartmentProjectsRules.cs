using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

/// <summary>The space shared by a department's clubs: its projects pitched or shared now, not dropped ones.</summary>
public sealed class DepartmentProjectsRules
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    private static ProjectHolderSnapshot Holder(string id, string department, params PipelineStage[] stages) => new(
        id, $"Projet {id}", "Activité", "Arras", "", stages.Length == 0 ? PipelineStage.Welcomed : stages[^1], DateTimeOffset.UnixEpoch,
        [new PipelineStep(PipelineStage.Welcomed, Day, Origin.Unknown, [], ""), .. stages.Select(stage => new PipelineStep(stage, Day, Origin.Unknown, [], ""))],
        department);

    private static SharedProjectSnapshot Shared(string id, string department, DateOnly? withdrawnOn = null) =>
        new(id, $"Projet {id}", "Activité", "Arras", department, PipelineStage.Oriented, "Résumé " + id, Money.FromCents(100), Day, withdrawnOn, []);

    [Fact]
    public void PitchedOrSharedProjectsOfTheDepartmentAreSeenAndNoOther()
    {
        var projects = DepartmentProjects.Of(
            "62",
            [
                Holder("pitched", "62", PipelineStage.Oriented, PipelineStage.Pitched, PipelineStage.Studied),
                Holder("shared", "62", PipelineStage.Oriented),
                Holder("welcomed", "62"),
                Holder("withdrawn", "62", PipelineStage.Oriented),
                Holder("dropped", "62", PipelineStage.Pitched, PipelineStage.Dropped),
                Holder("elsewhere", "59", PipelineStage.Pitched),
            ],
            [Shared("shared", "62"), Shared("withdrawn", "62", Day)]);

        Assert.Equal(
            [("pitched", ""), ("shared", "Résumé shared")],
            projects.Select(project => (project.Holder.ProjectHolderId, project.Summary)));
    }
}
