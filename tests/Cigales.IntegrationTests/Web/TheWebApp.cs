using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
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
            var clubs = visit.Page.GetByRole(AriaRole.Table, new() { Name = "Liste des clubs" }).GetByRole(AriaRole.Link);
            await Expect(clubs).ToHaveTextAsync(["Ch'ti Karité"]);
            // The menu offers no screen of the staff's.
            await Expect(visit.Page.GetByRole(AriaRole.Link, new() { Name = "Conventions" })).ToHaveCountAsync(0);

            await clubs.First.ClickAsync();
            await Expect(visit.Page.GetByRole(AriaRole.Heading, new() { Name = "Ch'ti Karité" })).ToBeVisibleAsync();
            await Expect(visit.Page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le membre" })).ToHaveCountAsync(0);

            // Another club of the demo data, by its address: the API refuses, the page says so in French.
            await visit.GoToAsync($"/clubs/{await OtherClubAsync()}");
            await Expect(visit.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vous n'avez pas le droit de faire cela.");
        });
    }

    /// <summary>A club of the demo data other than Ch'ti Karité.</summary>
    private async Task<string> OtherClubAsync()
    {
        var clubs = await system.Json.GetFromJsonAsync<JsonElement>("/v1/clubs?page.size=100");
        return clubs.GetProperty("clubs").EnumerateArray().Select(club => club.GetProperty("clubId").GetString()!).First(id => id != ChtiKarite);
    }
}
