using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using Grpc.Core;
using ContractDateRange = Cigales.Contracts.Common.V1.DateRange;
using ContractMoney = Cigales.Contracts.Common.V1.Money;

namespace Cigales.Web.Tests.Accueil;

public sealed class TheHomePage : ScreenTest
{
    private const string Convention2585 = "0b6e3f7a8c1d4e2f9a7b5c4d3e2f1a01";

    [Fact]
    public void StaffSeeTodaysDeadlinesLateDueAndComingInFrench()
    {
        ScriptTheStaffHome();
        Api.Answer("GetDeadlines", (GetDeadlinesRequest request) => new Deadlines
        {
            AsOf = request.AsOf,
            Obligations =
            {
                Obligation(ObligationKind.ExtensionWindow, "2025-06-30", ObligationState.Upcoming),
                Obligation(ObligationKind.Payment, "2025-06-02", ObligationState.Late, 990000),
                Obligation(ObligationKind.FinalReport, "2025-06-16", ObligationState.Due),
            },
        });

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.Contains("Versement attendu : 9", screen.Markup, StringComparison.Ordinal));
        Assert.Equal("2025-06-16", Assert.Single(Api.SentTo<GetDeadlinesRequest>("GetDeadlines")).AsOf);
        var late = Section(screen, "En retard");
        Assert.Contains("02/06/2025", late, StringComparison.Ordinal);
        Assert.Contains("9 900,00", late, StringComparison.Ordinal);
        Assert.Contains($"/conventions/{Convention2585}", late, StringComparison.Ordinal);
        Assert.Contains("Compte rendu financier et rapport d'activité attendus", Section(screen, "À faire aujourd'hui"), StringComparison.Ordinal);
        var coming = Section(screen, "Dans les 30 jours");
        Assert.Contains("30/06/2025", coming, StringComparison.Ordinal);
        Assert.Contains("Dernier jour pour demander une prorogation", coming, StringComparison.Ordinal);
        // The service's own sentence is English, for logs: never shown.
        Assert.DoesNotContain("is expected", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffSeeTheLatestNotifications()
    {
        ScriptTheStaffHome();
        Api.Answer("ListNotifications", (ListNotificationsRequest _) => new Notifications
        {
            Notifications_ =
            {
                new Notification
                {
                    ConventionId = Convention2585, FileNumber = "2025-02585", Kind = ObligationKind.Payment, Date = "2025-06-02",
                    State = ObligationState.Late, What = "an instalment of 9 900,00 € is expected", RaisedAsOf = "2025-06-10",
                },
            },
        });

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.Contains("10/06/2025", screen.Markup, StringComparison.Ordinal));
        var notifications = Section(screen, "Notifications");
        Assert.Contains("2025-02585", notifications, StringComparison.Ordinal);
        Assert.Contains("En retard", notifications, StringComparison.Ordinal);
        Assert.Equal(10, Assert.Single(Api.SentTo<ListNotificationsRequest>("ListNotifications")).Limit);
    }

    [Fact]
    public void TheYearsInvestmentsAreChartedByMonthOfDecisionPageAfterPage()
    {
        ScriptTheStaffHome();
        Api.Answer("ListInvestments", (ListInvestmentsRequest request) => request.Page.Token.Length == 0
            ? new ListInvestmentsResponse
            {
                Investments =
                {
                    Investment("2025-03-04", 200000, InvestmentStatus.Disbursed),
                    Investment("2025-03-20", 150050, InvestmentStatus.Committed),
                },
                Page = new() { NextToken = "page-2" },
            }
            : new ListInvestmentsResponse
            {
                Investments =
                {
                    // Called off, or refused on the way: not investments of the year.
                    Investment("2025-03-25", 900000, InvestmentStatus.Cancelled),
                    Investment("2025-05-12", 700000, InvestmentStatus.Abandoned),
                    Investment("2025-05-13", 100000, InvestmentStatus.FullyRepaid),
                },
                Page = new(),
            });

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.Contains("Investissements décidés par mois en 2025", screen.Markup, StringComparison.Ordinal));
        Assert.Equal(["", "page-2"], Api.SentTo<ListInvestmentsRequest>("ListInvestments").Select(request => request.Page.Token));
        Assert.All(Api.SentTo<ListInvestmentsRequest>("ListInvestments"), request => Assert.Equal(2025, request.Year));
        var table = Chart(screen, "Investissements décidés par mois en 2025").QuerySelector("table")!;
        Assert.Equal("3 500,50 €", Row(table, "mars"));
        Assert.Equal("1 000,00 €", Row(table, "mai"));
        Assert.Equal("0,00 €", Row(table, "décembre"));
        Assert.Equal(12, table.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void EveryChartSaysItsFiguresInWords()
    {
        ScriptTheStaffHome();

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.Contains("Clubs par statut", screen.Markup, StringComparison.Ordinal));
        var clubs = Chart(screen, "Clubs par statut");
        Assert.Equal("Clubs par statut : En constitution 3 ; Clubs d'investisseurs 24 ; Clubs de gestion 41.", clubs.QuerySelector("[role=img]")!.GetAttribute("aria-label"));
        Assert.Equal("41", Row(clubs.QuerySelector("table")!, "Clubs de gestion"));
        // Drawn by MudBlazor's chart, which screen readers skip for the summary.
        Assert.NotNull(clubs.QuerySelector("[role=img] .mud-chart svg"));
        var holders = Chart(screen, "Porteurs de projet par étape atteinte");
        Assert.Equal("Porteurs de projet par étape atteinte : Accueillis 40 ; Étudiés 12 ; Financés 7.", holders.QuerySelector("[role=img]")!.GetAttribute("aria-label"));
        Assert.Contains("823", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("63 500,00 €", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheYearsFiguresAreAskedForTheYearToDate()
    {
        ScriptTheStaffHome();

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<GetPipelineFiguresRequest>("GetPipelineFigures")));
        var period = Api.SentTo<GetPipelineFiguresRequest>("GetPipelineFigures").Single().Period;
        Assert.Equal(("2025-01-01", "2025-06-16"), (period.Start, period.End));
        Assert.Equal(2025, Api.SentTo<GetPortfolioFiguresRequest>("GetPortfolioFigures").Single().Year);
        Assert.Equal("2025-06-16", Api.SentTo<GetNetworkFiguresRequest>("GetNetworkFigures").Single().AsOf);
    }

    [Fact]
    public void AServiceThatDoesNotAnswerLeavesTheRestOfTheHomePage()
    {
        ScriptTheStaffHome();
        Api.Refuse("GetDeadlines", new RpcException(new Status(StatusCode.Unavailable, "no healthy upstream")));

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.Contains("Le service ne répond pas pour le moment.", Section(screen, "Échéances du jour"), StringComparison.Ordinal));
        Assert.Contains("Clubs par statut", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AClubMemberSeesTheirClubsAndNothingOfTheStaff()
    {
        SignedInAs("Martine Lefebvre", new Membership(Roles.ClubMember, ChtiKarite), new Membership(Roles.ClubTreasurer, "solartois"));
        Api.Answer("GetClub", (GetClubRequest request) => new Club
        {
            ClubId = request.ClubId, Name = request.ClubId == ChtiKarite ? "Ch'ti Karité" : "Solartois", Commune = "Arras", Status = ClubStatus.Investing,
        });

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.Contains("Solartois", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Mes clubs", screen.Markup, StringComparison.Ordinal);
        Assert.NotNull(screen.Find($"a[href='/clubs/{ChtiKarite}']"));
        Assert.NotNull(screen.Find("a[href='/clubs/solartois']"));
        Assert.Contains("En investissement", screen.Markup, StringComparison.Ordinal);
        // Only their clubs were asked for: no deadline, notification or figure of the network.
        Assert.All(Api.Sent, call => Assert.Equal("GetClub", call.Method));
        Assert.DoesNotContain("Échéances du jour", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void APartnerIsShownTheWayToTheSharedProjects()
    {
        SignedInAs("Paul Martin", new Membership(Roles.Partner, "france-active"));

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.NotNull(screen.Find("a[href='/projets-partages']")));
        Assert.Empty(Api.Sent);
        Assert.DoesNotContain("/conventions", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AFundersOfficerSeesTheirConventionsAndTheirDeadlines()
    {
        SignedInAs("Anne Roux", new Membership(Roles.Funder, PasDeCalaisDepartement));
        Api.Answer("GetDeadlines", (GetDeadlinesRequest request) => new Deadlines
        {
            AsOf = request.AsOf,
            Obligations =
            {
                new Obligation
                {
                    ConventionId = Convention2585, FileNumber = "2025-02585", Kind = ObligationKind.Recovery, Date = "2026-10-15",
                    State = ObligationState.Late, Amount = new ContractMoney { Cents = 90_000 },
                },
            },
        });
        Api.Answer("ListNotifications", (ListNotificationsRequest _) => new Notifications());
        Api.Answer("ListConventions", (ListConventionsRequest _) => new ListConventionsResponse
        {
            Conventions =
            {
                new Convention
                {
                    ConventionId = Convention2585, Status = ConventionStatus.Signed,
                    Terms = new ConventionTerms { FileNumber = "2025-02585", Object = "Mission ESS 2025", Grant = new ContractMoney { Cents = 1980000 } },
                },
            },
            Page = new(),
        });

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.Contains("2025-02585", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Mission ESS 2025", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("19 800,00", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Signée", screen.Markup, StringComparison.Ordinal);
        Assert.NotNull(screen.Find("a[href='/conventions']"));
        Assert.NotNull(screen.Find($"a[href='/conventions/{Convention2585}']"));
        Assert.Contains("Titre de recette à rembourser : 900,00", screen.Markup, StringComparison.Ordinal);
        // The service answers the funder's own conventions and deadlines: none is asked for by id.
        Assert.Equal(string.Empty, Api.SentTo<ListConventionsRequest>("ListConventions").Single().FunderId);
        Assert.Equal(["GetDeadlines", "ListConventions", "ListNotifications"], Api.Sent.Select(call => call.Method).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SomeoneWithNoMembershipIsToldWhy()
    {
        SignedInAs("Nouvelle Personne");

        var screen = RenderScreen<Components.Pages.Accueil>();

        screen.WaitForAssertion(() => Assert.Contains("ouvre encore aucun espace", screen.Markup, StringComparison.Ordinal));
        Assert.Empty(Api.Sent);
    }

    /// <summary>Every method the staff's home page calls, answered with the year's figures and nothing due.</summary>
    private void ScriptTheStaffHome()
    {
        Api.Answer("GetDeadlines", (GetDeadlinesRequest request) => new Deadlines { AsOf = request.AsOf });
        Api.Answer("ListNotifications", (ListNotificationsRequest _) => new Notifications());
        Api.Answer("GetNetworkFigures", (GetNetworkFiguresRequest request) => new NetworkFigures
        {
            AsOf = request.AsOf, Year = 2025, FormingClubs = 3, InvestingClubs = 24, InvestingClubsDuringYear = 28, ManagingClubs = 41, Members = 823, AverageMembersPerClub = 12.4,
        });
        Api.Answer("GetPortfolioFigures", (GetPortfolioFiguresRequest request) => new PortfolioFigures
        {
            Year = request.Year, Investments = 9, Amount = new ContractMoney { Cents = 6350000 }, EnterprisesFinanced = 7, EnterprisesHeld = 30, Outstanding = new ContractMoney { Cents = 21000000 },
        });
        Api.Answer("ListInvestments", (ListInvestmentsRequest _) => new ListInvestmentsResponse { Page = new() });
        Api.Answer("GetPipelineFigures", (GetPipelineFiguresRequest request) => new PipelineFigures
        {
            Period = new ContractDateRange { Start = request.Period.Start, End = request.Period.End },
            Welcomed = 40, Studied = 12, Financed = 7,
            Reached =
            {
                new StageCount { Stage = PipelineStage.Welcomed, Holders = 40 },
                new StageCount { Stage = PipelineStage.Studied, Holders = 12 },
                new StageCount { Stage = PipelineStage.Financed, Holders = 7 },
            },
        });
    }

    private static Obligation Obligation(ObligationKind kind, string date, ObligationState state, long cents = 0) => new()
    {
        ConventionId = Convention2585, FileNumber = "2025-02585", Kind = kind, Date = date, State = state, What = "an instalment of 9 900,00 € is expected",
        Amount = new ContractMoney { Cents = cents },
    };

    private static Investment Investment(string decidedOn, long cents, InvestmentStatus status) => new()
    {
        InvestmentId = Guid.NewGuid().ToString("N"), ClubId = ChtiKarite, EnterpriseId = "madjikarite", DecidedOn = decidedOn, Status = status,
        Amount = new ContractMoney { Cents = cents },
    };

    /// <summary>The markup of the section or panel whose heading says this.</summary>
    private static string Section(IRenderedComponent<Components.Pages.Accueil> screen, string heading)
    {
        var title = screen.FindAll("h2, h3").FirstOrDefault(element => element.TextContent.Trim().EndsWith(heading, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"no heading '{heading}' in {screen.Markup}");
        return title.ParentElement!.OuterHtml;
    }

    private static AngleSharp.Dom.IElement Chart(IRenderedComponent<Components.Pages.Accueil> screen, string title) =>
        screen.FindAll("figure").Single(figure => figure.QuerySelector("figcaption")!.TextContent.Trim() == title);

    private static string Row(AngleSharp.Dom.IElement table, string label) =>
        table.QuerySelectorAll("tbody tr").Single(row => row.QuerySelector("th")!.TextContent.Trim() == label).QuerySelector("td")!.TextContent.Trim();
}
