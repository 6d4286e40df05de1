using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Cigales.Testing;

namespace Cigales.IntegrationTests;

/// <summary>
/// The AppHost's development accounts (Cigales.AppHost/LocalAccounts.cs) sign in through the
/// gateway as a browser does, and call the API as themselves: what they change is recorded under
/// their name; what is not theirs is refused.
/// </summary>
public sealed class PeopleThroughTheGateway(WholeSystem system)
{
    private const string Password = "cigales-dev-accounts";
    private const string Treasurer = "tresoriere@chti-karite.example";
    private const string ChtiKarite = "773878fce8ac5d0fb835c31366465117";
    private const string SolartoisTer = "f6c19988fe4b512886fc7369931a6364";
    private const string AllScopes = "openid offline_access clubs.read clubs.write grants.read grants.write events.read events.write finance.read finance.write";

    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private PersonSignIn Browser() => new(
        new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = system.App.GetEndpoint("gateway", "http") },
        "cigales-cli",
        "http://127.0.0.1:8765/callback");

    private Task<PersonSignIn.Tokens> SignInAsync(string email) => Browser().SignInAsync(email, Password, AllScopes);

    private HttpClient JsonAs(string token)
    {
        var client = system.App.CreateHttpClient("gateway", "http");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task TheTreasurerWritesToTheirClubUnderTheirNameAndNotToAnother()
    {
        var tokens = await SignInAsync(Treasurer);
        using var person = JsonDocument.Parse(await (await system.Json.PostAsJsonAsync("/v1/people", new { fullName = "Lucie Vasseur" })).Content.ReadAsStringAsync());
        var personId = person.RootElement.GetProperty("personId").GetString();

        var joined = await JsonAs(tokens.AccessToken).PostAsJsonAsync($"/v1/clubs/{ChtiKarite}/members", new { personId, on = Today });
        var elsewhere = await JsonAs(tokens.AccessToken).PostAsJsonAsync($"/v1/clubs/{SolartoisTer}/members", new { personId, on = Today });

        Assert.True(joined.IsSuccessStatusCode, await joined.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, elsewhere.StatusCode);
        using var history = JsonDocument.Parse(await system.Json.GetStringAsync($"/v1/clubs/{ChtiKarite}/history?page.size=100"));
        var change = history.RootElement.GetProperty("entries").EnumerateArray()
            .Last(entry => entry.GetProperty("kind").GetString() == "MemberJoined" && entry.GetProperty("data").GetProperty("MemberId").GetString() == personId);
        Assert.Equal(("Martine Lefebvre", "cigales-cli"), (change.GetProperty("name").GetString(), change.GetProperty("client").GetString()));
        Assert.Equal([$"club-treasurer:{ChtiKarite}"], change.GetProperty("memberships").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task APersonInvitedFromTheClubsDirectoryGetsTheOfficeTheClubsServiceGivesThemAndLosesItWhenReplaced()
    {
        // A club of the test's own, so that the demo data's officers stay as they are.
        using var club = JsonDocument.Parse(await (await system.Json.PostAsJsonAsync("/v1/clubs", new { name = $"Les Sternes {Guid.NewGuid():N}"[..20], department = "62", createdOn = "2024-03-01" })).Content.ReadAsStringAsync());
        var clubId = club.RootElement.GetProperty("clubId").GetString()!;
        var email = $"sterne-{Guid.NewGuid():N}@example.org";
        var agnes = await PersonAsync("Agnès Sterne", email, clubId);
        var other = await PersonAsync("Bruno Sterne", string.Empty, clubId);
        var since = DateTimeOffset.UtcNow;

        var invited = await system.Json.PostAsJsonAsync("/v1/accounts/invitations", new { email, fullName = "Agnès Sterne", personId = agnes });
        var text = await new MailInbox(system.App.GetEndpoint("mail", "inbox")).LatestTextToAsync(email, since) ?? throw new InvalidOperationException("no invitation came");
        await ChoosePasswordAsync(new Uri(System.Text.RegularExpressions.Regex.Match(text, @"http://\S+/compte/invitation\S+").Value));
        var browser = Browser();
        var asMember = await browser.SignInAsync(email, Password, AllScopes);
        var named = await system.Json.PutAsJsonAsync($"/v1/clubs/{clubId}/officers/OFFICER_ROLE_TREASURER", new { personId = agnes, on = Today });
        var asTreasurer = await browser.RefreshAsync(asMember.RefreshToken);
        var write = await JsonAs(asTreasurer.AccessToken).PutAsJsonAsync($"/v1/clubs/{clubId}/members/{other}/pledge", new { monthly = new { cents = 2_000 }, fromMonth = Today[..7] });
        var replaced = await system.Json.PutAsJsonAsync($"/v1/clubs/{clubId}/officers/OFFICER_ROLE_TREASURER", new { personId = other, on = Today });
        var afterReplaced = await browser.RefreshAsync(asTreasurer.RefreshToken);

        Assert.Equal(System.Net.HttpStatusCode.Created, invited.StatusCode);
        Assert.Equal([$"club-member:{clubId}"], Memberships(asMember.AccessToken));
        Assert.True(named.IsSuccessStatusCode, await named.Content.ReadAsStringAsync());
        Assert.Equal([$"club-treasurer:{clubId}"], Memberships(asTreasurer.AccessToken));
        Assert.True(write.IsSuccessStatusCode, await write.Content.ReadAsStringAsync());
        Assert.True(replaced.IsSuccessStatusCode, await replaced.Content.ReadAsStringAsync());
        Assert.Equal([$"club-member:{clubId}"], Memberships(afterReplaced.AccessToken));
    }

    private async Task<string> PersonAsync(string name, string email, string clubId)
    {
        using var person = JsonDocument.Parse(await (await system.Json.PostAsJsonAsync("/v1/people", email.Length > 0 ? (object)new { fullName = name, email } : new { fullName = name })).Content.ReadAsStringAsync());
        var personId = person.RootElement.GetProperty("personId").GetString()!;
        var joined = await system.Json.PostAsJsonAsync($"/v1/clubs/{clubId}/members", new { personId, on = Today });
        Assert.True(joined.IsSuccessStatusCode, await joined.Content.ReadAsStringAsync());
        return personId;
    }

    private static IReadOnlyList<string> Memberships(string accessToken) =>
        [.. new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(accessToken).Claims.Where(c => c.Type == "membership").Select(c => c.Value).Order()];

    /// <summary>Opens the invitation's page through the gateway and chooses the password.</summary>
    private async Task ChoosePasswordAsync(Uri link)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = system.App.GetEndpoint("gateway", "http") };
        Assert.Contains("Votre mot de passe est enregistré", await PersonSignIn.ChoosePasswordAsync(client, link, Password, Password));
    }

    [Fact]
    public async Task TheCommandLineScriptGivesATokenTheApiTakes()
    {
        var script = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "token.sh"), "membre@chti-karite.example"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CIGALES_URL"] = system.App.GetEndpoint("gateway", "http").ToString().TrimEnd('/') },
        };
        using var process = Process.Start(script)!;
        var token = (await process.StandardOutput.ReadToEndAsync()).Trim();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, errors);
        using var club = JsonDocument.Parse(await JsonAs(token).GetStringAsync($"/v1/clubs/{ChtiKarite}"));
        Assert.Equal("Ch'ti Karité", club.RootElement.GetProperty("name").GetString());
        var write = await JsonAs(token).PostAsJsonAsync($"/v1/clubs/{ChtiKarite}/members", new { personId = "x", on = Today });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, write.StatusCode);
    }
}
