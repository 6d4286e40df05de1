using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

/// <summary>
/// The projects financed together with the partners of the Pôle de la Finance Solidaire, and a
/// partner's co-financing counted in the enterprise's financing.
/// </summary>
public sealed class CoFinancedProjectsFigures
{
    private static readonly DateOnly Shared = new(2024, 3, 1);
    private static readonly DateOnly EndOf2024 = new(2024, 12, 31);

    private static PartnerCoFinancing Partner(string id, long cents, CoFinancingStatus status = CoFinancingStatus.Committed, string on = "2024-06-01") =>
        new(id, id, Money.FromCents(cents), Instrument.Loan, status, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));

    private static SharedProjectSnapshot Project(string holder, params PartnerCoFinancing[] coFinancings) =>
        new(holder, $"Projet {holder}", "activité", "Arras", "62", PipelineStage.Financed, "résumé", Money.FromCents(1_000_000), Shared, null, coFinancings);

    private static InvestmentFacts Club(string enterprise, long cents, InvestmentStatus status = InvestmentStatus.Committed) =>
        new(Guid.NewGuid().ToString("N"), "club", enterprise, Money.FromCents(cents), status, new DateOnly(2024, 5, 1), null, [], null);

    private static readonly CoFinancedProjects.HolderEnterprise[] Enterprises =
    [
        new("e-a", "a", []),
        new("e-b", "b", []),
        new("e-c", "c", [new CoFinancingLine("k", "pca", "Pas-de-Calais Actif", Money.FromCents(50_000), Instrument.Loan, new DateOnly(2024, 4, 1))]),
    ];

    [Fact]
    public void OnlyProjectsWithAPartnersCoFinancingCommittedOrDisbursedCountWithTheClubsMoneyBeside()
    {
        var projects = new[]
        {
            Project("a", Partner("pca", 400_000), Partner("france-active", 100_000, CoFinancingStatus.Disbursed)),
            Project("b", Partner("pca", 300_000, CoFinancingStatus.Proposed)),
            Project("c", Partner("pca", 999_999)),
            Project("d", Partner("pca", 200_000, CoFinancingStatus.Declined)),
        };
        var investments = new[] { Club("e-a", 300_000), Club("e-b", 200_000), Club("e-a", 1_000, InvestmentStatus.Abandoned) };

        var figures = CoFinancedProjects.Of(EndOf2024, projects, Enterprises, investments);

        Assert.Equal(["Projet a", "Projet c"], figures.Rows.Select(row => row.ProjectName));
        Assert.Equal((2, 1), (figures.Projects, figures.ProjectsWithClubs));
        // Projet c: the partner recorded its financing on the enterprise too: counted from there only.
        Assert.Equal((Money.FromCents(300_000), Money.FromCents(550_000), Money.FromCents(850_000)), (figures.FromClubs, figures.FromPartners, figures.TotalRaised));
    }

    [Fact]
    public void APartnerSeesOnlyTheProjectsItCoFinancedWithItsOwnShare()
    {
        var projects = new[] { Project("a", Partner("pca", 400_000), Partner("france-active", 100_000)), Project("b", Partner("france-active", 5_000)) };

        var figures = CoFinancedProjects.Of(EndOf2024, projects, Enterprises, [Club("e-a", 300_000)], new HashSet<string> { "pca" });

        var row = Assert.Single(figures.Rows);
        Assert.Equal(["pca"], row.PartnerIds);
        Assert.Equal((Money.FromCents(400_000), Money.FromCents(700_000)), (row.FromPartners, row.TotalRaised));
    }

    [Fact]
    public void ACoFinancingRecordedAfterTheDayDoesNotCountYet()
    {
        var figures = CoFinancedProjects.Of(EndOf2024, [Project("a", Partner("pca", 400_000, on: "2025-01-15"))], Enterprises, []);

        Assert.Equal(0, figures.Projects);
    }

    [Fact]
    public void ThePartnersCoFinancingOfTheSharedProjectCountsInTheEnterprisesFinancingAndLeverage()
    {
        var lines = CoFinancedProjects.PartnerLines([], [Partner("pca", 600_000), Partner("bge", 100_000, CoFinancingStatus.Proposed)]);

        var financing = Portfolio.CoFinancing([Club("e-a", 200_000)], lines);

        Assert.Equal((Money.FromCents(800_000), Money.FromCents(200_000), (decimal?)4m), (financing.Total, financing.Clubs, financing.Leverage));
    }
}
