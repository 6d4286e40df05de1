namespace Cigales.Finance.Domain;

/// <summary>
/// The partners' feed: every change to a shared project, in one stream whose versions are the
/// change cursor. Each entry is appended in the same transaction as the project's own event, so
/// the feed misses nothing that was acknowledged; and versions of one stream are given in commit
/// order without gaps, so a reader that has seen version N has seen everything before it.
/// </summary>
public static class SharingFeed
{
    public const string StreamId = "partners-feed";

    /// <summary>Whether a partner sees an entry: every change but another partner's co-financing.</summary>
    public static bool IsVisibleTo(SharedProjectChanged change, string partnerId) =>
        change.Kind != SharingChange.CoFinancingRecorded || change.PartnerId == partnerId;

    /// <summary>
    /// The projects as the feed leaves them (the latest entry of each) after the entries given in
    /// order, still shared, by project id.
    /// </summary>
    public static IReadOnlyList<SharedProjectSnapshot> Current(IEnumerable<SharedProjectChanged> changes) =>
        Latest(changes).Where(project => !project.IsWithdrawn).ToList();

    /// <summary>Every project ever shared as the feed leaves it, withdrawn ones included (their co-financings stay recorded).</summary>
    public static IReadOnlyList<SharedProjectSnapshot> Latest(IEnumerable<SharedProjectChanged> changes) =>
        changes
            .GroupBy(change => change.Project.ProjectHolderId)
            .Select(project => project.Last().Project)
            .OrderBy(project => project.ProjectName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(project => project.ProjectHolderId, StringComparer.Ordinal)
            .ToList();
}
