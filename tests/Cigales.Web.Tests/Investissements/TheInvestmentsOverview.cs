using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Investissements;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.Web.Tests.Investissements;

public sealed class TheInvestmentsOverview : ScreenTest
{
    /// <summary>The Pas-de-Calais's 2024 investments (data/reference/pas-de-calais.json): eleven, 2 840 000 cents.</summary>
    private static readonly (string Enterprise, string Town, LegalForm Form, long Cents, string[] Clubs)[] PasDeCalais2024 =
    [
        ("Uthopia", "Frévent", LegalForm.Association, 300000, ["Solartois 2"]),
        ("Madjikarité", "Fouquières-lès-Lens", LegalForm.SoleTrader, 200000, ["Solartois 2"]),
        ("La Maison des Faiseurs", "Montreuil-sur-Mer", LegalForm.Association, 150000, ["Cigales de la Canche"]),
        ("Club Autruche", "Calais", LegalForm.Sas, 20000, ["Terres d'Opale"]),
        ("Archiverre - À petits pas", "Bezinghem", LegalForm.Couveuse, 300000, ["Cigales de la Canche", "La Toupiole"]),
        ("Petites Graines d'Avenir", "Seninghem", LegalForm.Association, 400000, ["Pays de Saint-Omer"]),
        ("Plan BEEE", "Febvin-Palfart", LegalForm.Sarl, 500000, ["Marais du Lièvre", "Pays de Saint-Omer"]),
        ("Maltery Flandres", "Bailleul", LegalForm.Association, 220000, ["Marais du Lièvre"]),
        ("Simon Loisel", "Conteville", LegalForm.Cae, 300000, ["Boulonnais"]),
        ("Pépinière fruitière", "Lestrem", LegalForm.Couveuse, 150000, ["Marais du Lièvre"]),
        ("Littoral Bio", "Saint-Martin", LegalForm.Scop, 300000, ["Boulonnais"]),
    ];

    public TheInvestmentsOverview()
    {
        Api.Answer("GetPortfolioFigures", (GetPortfolioFiguresRequest request) => new PortfolioFigures
        {
            Year = request.Year, EnterprisesFinanced = 21, Investments = 30, Amount = new() { Cents = 6520000 }, EnterprisesHeld = 125, Outstanding = new() { Cents = 41000000 },
            Disbursed = new() { Cents = 5000000 }, InProgress = new() { Cents = 1520000 },
        });
        // DOMAIN.md: at the end of 2024 the PFS financed 5 projects in common for 1 003 400 €, 3 of them co-financed by the clubs.
        Api.Answer("GetCoFinancedProjects", (GetCoFinancedProjectsRequest request) => new CoFinancedProjects
        {
            AsOf = request.AsOf.Length > 0 ? request.AsOf : "2025-06-01", Projects = 5, ProjectsWithClubs = 3,
            FromClubs = new() { Cents = 1_200_000 }, FromPartners = new() { Cents = 99_140_000 }, TotalRaised = new() { Cents = 100_340_000 },
        });
        Api.Answer("GetYearlyTable", (GetYearlyTableRequest request) => Table(request));
        Api.Answer("ListHoldings", (ListHoldingsRequest request) => new Holdings
        {
            AsOf = $"{request.Year}-12-31",
            Holdings_ = { new Holding { EnterpriseId = "uthopia", Enterprise = "Uthopia", Department = "62", Territory = "Ternois", Outstanding = new() { Cents = 300000 }, ClubIds = { "club-solartois-2", "club-ternois" } } },
            Outstanding = new() { Cents = 300000 },
        });
        Api.Answer("GetClub", (GetClubRequest request) => new Club { ClubId = request.ClubId, Name = "Nom de " + request.ClubId });
        Api.Answer("ListInvestments", (ListInvestmentsRequest request) => new ListInvestmentsResponse { Page = new() });
    }

    [Fact]
    public void TheYearlyTableShowsTheYearsTotalInFrench()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/investissements?annee=2024");

        var screen = RenderScreen<InvestmentsOverview>();

        screen.WaitForAssertion(() => Assert.Contains("Total 2024 : 28 400,00 €", screen.Find("[data-testid=totaux-annuels]").TextContent, StringComparison.Ordinal));
        var totals = screen.Find("[data-testid=totaux-annuels]").TextContent;
        Assert.Contains("Réalisé : 17 975,00 €", totals, StringComparison.Ordinal);
        Assert.Contains("en cours : 10 425,00 €", totals, StringComparison.Ordinal);
        Assert.Contains("11 investissement(s) dans 11 entreprise(s)", totals, StringComparison.Ordinal);
        // Each row in French: its form, its stage, its clubs, its amount.
        var archiverre = screen.FindAll("tr").Single(row => row.TextContent.Contains("Archiverre", StringComparison.Ordinal)).TextContent;
        Assert.Contains("Couveuse d'entreprises", archiverre, StringComparison.Ordinal);
        Assert.Contains("Cigales de la Canche, La Toupiole", archiverre, StringComparison.Ordinal);
        Assert.Contains("3 000,00 €", archiverre, StringComparison.Ordinal);
        // The year and the department asked for are those of the link, for every figure.
        var asked = Assert.Single(Api.SentTo<GetYearlyTableRequest>("GetYearlyTable"));
        Assert.Equal((2024, "62"), (asked.Year, asked.Department));
        Assert.Equal(2024, Assert.Single(Api.SentTo<GetPortfolioFiguresRequest>("GetPortfolioFigures")).Year);
        Assert.Equal(2024, Assert.Single(Api.SentTo<ListInvestmentsRequest>("ListInvestments")).Year);
    }

    [Fact]
    public void WithoutAYearTheTableIsThisYears()
    {
        var screen = RenderScreen<InvestmentsOverview>();

        screen.WaitForAssertion(() => Assert.Contains("Total 2025 : 0,00 €", screen.Markup, StringComparison.Ordinal));
        Assert.Equal(2025, Assert.Single(Api.SentTo<GetYearlyTableRequest>("GetYearlyTable")).Year);
        Assert.Contains("Aucun investissement décidé en 2025 dans ce département.", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Enregistrer un investissement", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNetworksFiguresAndThePortfolioAreShownInFrench()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/investissements?annee=2024");

        var screen = RenderScreen<InvestmentsOverview>();

        screen.WaitForAssertion(() => Assert.Contains("65 200,00 €", screen.Find("[data-testid=montant-reseau]").TextContent, StringComparison.Ordinal));
        Assert.Contains("30 investissement(s) dans 21 entreprise(s)", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("125 entreprise(s) en portefeuille", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Portefeuille du département au 31/12/2024", screen.Markup, StringComparison.Ordinal);
        // A holding names its clubs: from the yearly table when it names them, else asked of the Clubs service.
        var uthopia = screen.FindAll("tr").Single(row => row.TextContent.Contains("Ternois", StringComparison.Ordinal)).TextContent;
        Assert.Contains("Solartois 2, Nom de club-ternois", uthopia, StringComparison.Ordinal);
        Assert.Equal(["club-ternois"], Api.SentTo<GetClubRequest>("GetClub").Select(request => request.ClubId));
    }

    [Fact]
    public void ThePortfolioSaysWhatIsRealisedAndWhatInProgressAndTheProjectsFinancedWithThePole()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/investissements?annee=2024");

        var screen = RenderScreen<InvestmentsOverview>();

        screen.WaitForAssertion(() => Assert.Contains("Réalisé : 50 000,00 € · en cours : 15 200,00 €", screen.Find("[data-testid=realise-reseau]").TextContent, StringComparison.Ordinal));
        var pole = screen.Find("[data-testid=pole-finance-solidaire]").TextContent;
        Assert.Contains("au 31/12/2024", pole, StringComparison.Ordinal);
        Assert.Contains("5 projet(s) · 1 003 400,00 € levés", pole, StringComparison.Ordinal);
        Assert.Contains("dont 3 cofinancé(s) par les clubs", pole, StringComparison.Ordinal);
        Assert.Equal("2024-12-31", Assert.Single(Api.SentTo<GetCoFinancedProjectsRequest>("GetCoFinancedProjects")).AsOf);
        Assert.Contains(screen.FindAll("th"), header => header.TextContent == "En cours");
    }

    [Fact]
    public void RecordingAnInvestmentIsNotOfferedToAClubsManager()
    {
        SignedInAs("Martine Lefebvre", new Membership(Roles.ClubManager, "club-canche"));
        var manager = RenderScreen<InvestmentsOverview>();

        manager.WaitForAssertion(() => Assert.Contains("Total 2025", manager.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Enregistrer un investissement", manager.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheYearsInvestmentsComeAPageAtATime()
    {
        Api.Answer("GetEnterprise", (GetEnterpriseRequest request) => new Enterprise { EnterpriseId = request.EnterpriseId, Name = "Uthopia" });
        Api.Answer("ListInvestments", (ListInvestmentsRequest request) => request.Page.Token.Length == 0
            ? new ListInvestmentsResponse { Investments = { Decided("first", "2024-03-02", 300000) }, Page = new() { NextToken = "next" } }
            : new ListInvestmentsResponse { Investments = { Decided("second", "2024-09-15", 20000) }, Page = new() });
        Services.GetRequiredService<NavigationManager>().NavigateTo("/investissements?annee=2024");

        var screen = RenderScreen<InvestmentsOverview>();
        screen.WaitForAssertion(() => Assert.Contains("02/03/2024", screen.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("15/09/2024", screen.Markup, StringComparison.Ordinal);
        screen.Click("Afficher plus d'investissements");

        screen.WaitForAssertion(() => Assert.Contains("15/09/2024", screen.Markup, StringComparison.Ordinal));
        Assert.Equal(["", "next"], Api.SentTo<ListInvestmentsRequest>("ListInvestments").Select(request => request.Page.Token));
        Assert.DoesNotContain(screen.FindAll("button"), button => button.TextContent.Contains("Afficher plus", StringComparison.Ordinal));
    }

    private static Investment Decided(string id, string on, long cents) => new()
    {
        InvestmentId = id, ClubId = "club-solartois-2", EnterpriseId = "uthopia", DecidedOn = on, Amount = new() { Cents = cents },
        Instrument = Instrument.ContributionWithRightOfRecovery, Status = InvestmentStatus.Disbursed, Repaid = new(),
    };

    private static YearlyTable Table(GetYearlyTableRequest request)
    {
        var table = new YearlyTable { Department = request.Department, Year = request.Year, Total = new(), Disbursed = new() };
        if (request.Year != 2024)
        {
            return table;
        }

        foreach (var (enterprise, town, form, cents, clubs) in PasDeCalais2024)
        {
            table.Rows.Add(new YearlyTableRow
            {
                EnterpriseId = enterprise.ToLowerInvariant().Replace(' ', '-'),
                Enterprise = enterprise,
                Town = town,
                LegalForm = form,
                Stage = EnterpriseStage.Creation,
                Amount = new() { Cents = cents },
                // The source gives no legible split per row, only for the whole table.
                Disbursed = new(),
                Clubs = { clubs.Select(name => new ClubName { ClubId = "club-" + name.ToLowerInvariant().Replace(' ', '-'), Name = name }) },
            });
        }

        // The source's split: 1 797 500 cents paid, 1 042 500 still to be paid.
        table.Total = new() { Cents = 2840000 };
        table.Disbursed = new() { Cents = 1797500 };
        table.InProgress = new() { Cents = 1042500 };
        table.Enterprises = 11;
        table.Investments = 11;
        return table;
    }
}
