namespace Cigales.Finance.Domain;

/// <summary>
/// The space shared by every club of a department: the department's projects that were pitched
/// (at a pitch night, to clubs) or are shared with the partners now. A dropped holder is no longer
/// looking for clubs and leaves it.
/// </summary>
public static class DepartmentProjects
{
    /// <returns>Each project with what the partners are shown of it (empty when it is not shared), by project name.</returns>
    public static IReadOnlyList<(ProjectHolderSnapshot Holder, string Summary)> Of(
        string department, IEnumerable<ProjectHolderSnapshot> holders, IEnumerable<SharedProjectSnapshot> sharedNow)
    {
        var summaries = sharedNow.Where(project => !project.IsWithdrawn).ToDictionary(project => project.ProjectHolderId, project => project.Summary);
        return holders
            .Where(holder => holder.Department == department && holder.Stage != PipelineStage.Dropped)
            .Where(holder => holder.PitchedOn is not null || summaries.ContainsKey(holder.ProjectHolderId))
            .Select(holder => (holder, summaries.GetValueOrDefault(holder.ProjectHolderId, string.Empty)))
            .OrderBy(project => project.holder.ProjectName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(project => project.holder.ProjectHolderId, StringComparer.Ordinal)
            .ToList();
    }
}
