using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>
/// The projects financed together with the partners of the Pôle de la Finance Solidaire, and what a
/// partner's co-financing adds to an enterprise's financing. A partner records its financing either
/// on the enterprise (<see cref="CoFinancingLine"/>) or, through the partners' API, on the shared
/// project (<see cref="PartnerCoFinancing"/>, the latest record of each partner); a partner is
/// counted once, from the enterprise's lines when it has some there.
/// </summary>
public static class CoFinancedProjects
{
    /// <summary>A partner's co-financing on a shared project counts once its committee agreed (committed) or the money went out.</summary>
    public static bool Counts(PartnerCoFinancing coFinancing) => coFinancing.Status is CoFinancingStatus.Committed or CoFinancingStatus.Disbursed;

    /// <summary>What the partners put into an enterprise: its own lines, and the shared project's co-financings of the partners that have none there.</summary>
    public static IReadOnlyList<CoFinancingLine> PartnerLines(IReadOnlyList<CoFinancingLine> enterpriseLines, IEnumerable<PartnerCoFinancing> sharedProject) =>
    [
        .. enterpriseLines,
        .. sharedProject
            .Where(coFinancing => Counts(coFinancing) && enterpriseLines.All(line => line.PartnerId != coFinancing.PartnerId))
            .Select(coFinancing => new CoFinancingLine(string.Empty, coFinancing.PartnerId, coFinancing.PartnerName, coFinancing.Amount, coFinancing.Instrument, coFinancing.On)),
    ];

    /// <summary>
    /// The projects with at least one partner's co-financing counted by the end of <paramref name="asOf"/>,
    /// with the clubs' investments (committed or further, decided by then) in the holder's enterprises.
    /// </summary>
    /// <param name="partnerIds">The partners whose co-financing is counted: all when null (staff), a partner's own otherwise.</param>
    public static Figures Of(
        DateOnly asOf,
        IEnumerable<SharedProjectSnapshot> projects,
        IReadOnlyList<HolderEnterprise> enterprises,
        IReadOnlyList<InvestmentFacts> investments,
        IReadOnlySet<string>? partnerIds = null)
    {
        var rows = new List<Project>();
        foreach (var project in projects)
        {
            var owned = enterprises.Where(enterprise => enterprise.HolderId == project.ProjectHolderId).ToList();
            var lines = PartnerLines(owned.SelectMany(enterprise => enterprise.CoFinancing).ToList(), project.CoFinancings)
                .Where(line => line.On <= asOf && (partnerIds is null || partnerIds.Contains(line.PartnerId)))
                .ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var clubs = investments
                .Where(investment => investment.Counts && investment.DecidedOn <= asOf && owned.Any(enterprise => enterprise.EnterpriseId == investment.EnterpriseId))
                .Sum(investment => investment.Amount);
            rows.Add(new Project(
                project.ProjectHolderId,
                project.ProjectName,
                owned.Select(enterprise => enterprise.EnterpriseId).ToList(),
                clubs,
                lines.Sum(line => line.Amount),
                lines.Select(line => line.PartnerId).Distinct().Order(StringComparer.Ordinal).ToList()));
        }

        return new Figures(asOf, rows.OrderBy(row => row.ProjectName, StringComparer.CurrentCulture).ToList());
    }

    /// <summary>An enterprise as the figures need it: its holder and its own partners' lines.</summary>
    public sealed record HolderEnterprise(string EnterpriseId, string HolderId, IReadOnlyList<CoFinancingLine> CoFinancing);

    public sealed record Project(
        string ProjectHolderId, string ProjectName, IReadOnlyList<string> EnterpriseIds, Money FromClubs, Money FromPartners, IReadOnlyList<string> PartnerIds)
    {
        public Money TotalRaised => FromClubs + FromPartners;
    }

    public sealed record Figures(DateOnly AsOf, IReadOnlyList<Project> Rows)
    {
        public int Projects => Rows.Count;

        public int ProjectsWithClubs => Rows.Count(row => row.FromClubs.IsPositive);

        public Money FromClubs => Rows.Sum(row => row.FromClubs);

        public Money FromPartners => Rows.Sum(row => row.FromPartners);

        public Money TotalRaised => FromClubs + FromPartners;
    }
}
