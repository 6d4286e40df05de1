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

    private async Task<PersonSignIn.Tokens> SignInAsync(string email)
    {
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = system.App.GetEndpoint("gateway", "http"),
        };
        return await new PersonSignIn(browser, "cigales-cli", "http://127.0.0.1:8765/callback").SignInAsync(email, Password, AllScopes);
    }

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
