using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cigales.Contracts.Grants.V1;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cigales.IntegrationTests.Web;

/// <summary>
/// The web app in a real browser against the whole system, as the association's staff, a club's
/// member, a partner and the Département's officer use it, with the local accounts of the README.
/// </summary>
public sealed class TheWebApp(WholeSystem system, WebBrowser browser)
{
    private const string Staff = "equipe@cigales.example";
    private const string ChtiKariteMember = "membre@chti-karite.example";
    private const string ChtiKarite = "773878fce8ac5d0fb835c31366465117";
    private const string Partner = "contact@pas-de-calais-actif.example";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task StaffRegisterAClubAndFiveMembersRecordAContributionAndSeeTheArrearsDrop()
    {
        await using var visit = await WebAppVisit.OpenAsync(system, browser);
        await visit.RunAsync(nameof(StaffRegisterAClubAndFiveMembersRecordAContributionAndSeeTheArrearsDrop), async visit =>
        {
            await visit.SignInAsync(Staff, "/clubs");
            await visit.Page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer un club" }).ClickAsync();
            // Three months ago, so that some pledged months are due today.
            var created = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-3);
            var name = $"Les Fourmis d'Étaples {Guid.NewGuid().ToString()[..4]}";
            await visit.FillAsync("Nom du club", name);
            await visit.FillAsync("Commune", "Étaples");
            await visit.TypeDateAsync("Date de création", created.ToString("dd/MM/yyyy", French));
            await visit.ClickAsync("Enregistrer le club");
            await Expect(visit.Page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();

            string[] members = ["Aline Martin", "Bruno Petit", "Chloé Roux", "David Morel", "Emma Fournier"];
            foreach (var member in members)
            {
                await visit.FillAsync("Nom complet", member);
                await visit.TypeDateAsync("Date d'adhésion", created.ToString("dd/MM/yyyy", French));
                await visit.ClickAsync("Ajouter le membre");
                await Expect(visit.Page.GetByRole(AriaRole.Cell, new() { Name = member, Exact = true })).ToBeVisibleAsync();
            }

            await visit.ChooseAsync("Membre", "Aline Martin");
            await visit.FillAsync("Versement mensuel", "20");
            await visit.TypeDateAsync("À partir du mois", created.ToString("MM/yyyy", French));
            await visit.ClickAsync("Fixer le versement");
            await Expect(visit.Page.GetByRole(AriaRole.Cell, new() { Name = "20,00 €", Exact = true })).ToBeVisibleAsync();

            await visit.Page.GetByRole(AriaRole.Tab, new() { Name = "Versements et arriérés" }).ClickAsync();
            var total = visit.Page.GetByTestId("total-arrieres");
            // Three months and the current one pledged, none paid: three or four months due.
            await Expect(total).ToHaveTextAsync(new Regex("^(60|80),00 €$"));
            var before = await total.InnerTextAsync();

            await visit.ChooseAsync("Membre", "Aline Martin");
            await visit.TypeDateAsync("Mois du versement", created.ToString("MM/yyyy", French));
            await visit.FillAsync("Montant versé", "20");
            await visit.ClickAsync("Enregistrer le versement");

            var after = before == "80,00 €" ? "60,00 €" : "40,00 €";
            await Expect(total).ToHaveTextAsync(after);
        });
    }

    [Fact]
    public async Task AClubMemberSeesTheirClubAndNotAnother()
    {
        await using var visit = await WebAppVisit.OpenAsync(system, browser);
        await visit.RunAsync(nameof(AClubMemberSeesTheirClubAndNotAnother), async visit =>
        {
            await visit.SignInAsync(ChtiKariteMember, "/clubs");

            await Expect(visit.Page.GetByRole(AriaRole.Heading, new() { Name = "Mes clubs" })).ToBeVisibleAsync();
            var clubs = visit.Page.Locator("table").GetByRole(AriaRole.Link);
            await Expect(clubs).ToHaveTextAsync(["Ch'ti Karité"]);
            // The menu offers no screen of the staff's.
            await Expect(visit.Page.GetByRole(AriaRole.Link, new() { Name = "Conventions" })).ToHaveCountAsync(0);

            await clubs.First.ClickAsync();
            await Expect(visit.Page.GetByRole(AriaRole.Heading, new() { Name = "Ch'ti Karité" })).ToBeVisibleAsync();
            await Expect(visit.Page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le membre" })).ToHaveCountAsync(0);

            // Another club of the demo data, by its address: to its member's eyes it does not exist.
            var (otherId, otherName) = await OtherClubAsync();
            await visit.GoToAsync($"/clubs/{otherId}");
            await Expect(visit.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ce club est introuvable.");
            await Expect(visit.Page.GetByText(otherName)).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task The2025ConventionsFinalReportDraftShowsAnInconsistencyIsFixedAndIsSubmitted()
    {
        // The 2025 convention as voted (its own copy: the demo data's must stay as imported), then signed in the browser.
        var (conventionId, _, _) = await The2025Convention.DraftAsync(system);
        var grants = new GrantsService.GrantsServiceClient(system.Grpc);
        await grants.RecordCommitteeReportAsync(new RecordCommitteeReportRequest { ConventionId = conventionId, Report = new CommitteeReport { Number = "26", OpinionOn = "2025-05-05" } });
        await grants.RecordDeliberationAsync(new RecordDeliberationRequest { ConventionId = conventionId, Deliberation = new Deliberation { Number = "2025-157", On = "2025-05-19", For = 43, AbsentWithoutProxy = 1 } });

        await using var visit = await WebAppVisit.OpenAsync(system, browser);
        await visit.RunAsync(nameof(The2025ConventionsFinalReportDraftShowsAnInconsistencyIsFixedAndIsSubmitted), async visit =>
        {
            await visit.SignInAsync(Staff, $"/conventions/{conventionId}");
            await visit.ClickAsync("Signature");
            await visit.ClickAsync("Signer la convention");
            await Expect(visit.Page.GetByText("Convention signée.")).ToBeVisibleAsync();

            await visit.Page.GetByRole(AriaRole.Link, new() { Name = "Bilan final" }).First.ClickAsync();
            // Travel spent, and nothing yet on the products' side: the budget no longer balances.
            var travel = visit.Page.GetByRole(AriaRole.Group, new() { Name = "Frais de déplacement" });
            await travel.GetByLabel("Montant réalisé (€)").FillAsync("420");
            await visit.ClickAsync("Enregistrer le brouillon");
            var unbalanced = visit.Page.GetByRole(AriaRole.Group, new() { Name = "Les charges et les produits ne s'équilibrent pas" });
            await Expect(unbalanced).ToBeVisibleAsync();
            await Expect(visit.Page.GetByRole(AriaRole.Button, new() { Name = "Soumettre le bilan" })).ToHaveCountAsync(0);

            // Fixed: the grant received on the products' side.
            var grant = visit.Page.GetByRole(AriaRole.Group, new() { Name = "Département 62" });
            await grant.GetByLabel("Montant réalisé (€)").FillAsync("420");
            await visit.FillAsync("Rapport d'activité", "En 2025, les clubs du Pas-de-Calais ont accueilli de nouveaux cigaliers.");
            await visit.ClickAsync("Enregistrer le brouillon");
            await Expect(unbalanced).ToHaveCountAsync(0);

            // What else the period's records raise (the other tests' events of 2025) is accepted, with a reason.
            var others = visit.Page.GetByTestId("incoherence");
            var count = await others.CountAsync();
            for (var index = 0; index < count; index++)
            {
                await others.Nth(index).GetByLabel("Accepter en l'état").CheckAsync();
                await others.Nth(index).GetByLabel("Raison de l'accepter").FillAsync("Activité du réseau hors de cette convention.");
            }

            if (count > 0)
            {
                await visit.ClickAsync("Enregistrer le brouillon");
            }

            await visit.ClickAsync("Soumettre le bilan");
            await Expect(visit.Page.GetByText("Bilan soumis à la convention.")).ToBeVisibleAsync();
        });

        var convention = await grants.GetConventionAsync(new GetConventionRequest { ConventionId = conventionId });
        Assert.Equal(ConventionStatus.ReportSubmitted, convention.Status);
    }

    [Fact]
    public async Task APartnerRecordsACoFinancingOnAProjectSharedWithThePartners()
    {
        await using var visit = await WebAppVisit.OpenAsync(system, browser);
        await visit.RunAsync(nameof(APartnerRecordsACoFinancingOnAProjectSharedWithThePartners), async visit =>
        {
            await visit.SignInAsync(Partner);
            await visit.Page.GetByRole(AriaRole.Link, new() { Name = "Projets partagés", Exact = true }).ClickAsync();
            // The demo data's project still being financed by the clubs, shared with the partners.
            await visit.Page.GetByRole(AriaRole.Link, new() { Name = "Littoral Bio" }).ClickAsync();
            await visit.FillAsync("Nom de votre organisation", "Pas-de-Calais Actif");
            await visit.FillAsync("Montant", "5 000");
            await visit.ClickAsync("Enregistrer le cofinancement");

            await Expect(visit.Page.GetByText("Votre cofinancement est enregistré.")).ToBeVisibleAsync();
            await Expect(visit.Page.GetByRole(AriaRole.Cell, new() { Name = "5 000,00 €", Exact = true })).ToBeVisibleAsync();
        });
    }

    /// <summary>A club of the demo data other than Ch'ti Karité.</summary>
    private async Task<(string Id, string Name)> OtherClubAsync()
    {
        var clubs = await system.Json.GetFromJsonAsync<JsonElement>("/v1/clubs?page.size=100");
        return clubs.GetProperty("clubs").EnumerateArray()
            .Select(club => (club.GetProperty("clubId").GetString()!, club.GetProperty("name").GetString()!))
            .First(club => club.Item1 != ChtiKarite);
    }
}
