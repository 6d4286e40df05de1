using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Cigales.Identity.Tests;

/// <summary>Staff list the accounts and set the memberships an account holds itself; the person's next token follows.</summary>
[Collection(IdentityCollection.Name)]
public sealed class AccountsAdministration(IdentityHost identity)
{
    private async Task<HttpClient> StaffAsync()
    {
        using var response = await identity.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "staff-app", ["client_secret"] = Clients.StaffSecret,
        }));
        var api = identity.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString());
        return api;
    }

    [Fact]
    public async Task TheListGoesByEMailPageByPageAndFindsByName()
    {
        var staff = await StaffAsync();

        using var first = JsonDocument.Parse(await staff.GetStringAsync("/v1/accounts?page.size=2"));
        var next = first.RootElement.GetProperty("nextToken").GetString();
        using var second = JsonDocument.Parse(await staff.GetStringAsync($"/v1/accounts?page.size=2&page.token={Uri.EscapeDataString(next!)}"));
        using var found = JsonDocument.Parse(await staff.GetStringAsync("/v1/accounts?search=lefebvre"));
        using var tooBig = await staff.GetAsync("/v1/accounts?page.size=500");

        var emails = first.RootElement.GetProperty("accounts").EnumerateArray().Concat(second.RootElement.GetProperty("accounts").EnumerateArray())
            .Select(account => account.GetProperty("email").GetString()!).ToList();
        // Two pages, none seen twice (the order is the database's collation of the e-mails).
        Assert.Equal(4, emails.Distinct().Count());
        Assert.Equal([People.Treasurer], found.RootElement.GetProperty("accounts").EnumerateArray().Select(account => account.GetProperty("email").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
    }

    [Fact]
    public async Task TheListKeepsTheAccountsHoldingAMembershipForTheServicesMails()
    {
        var staff = await StaffAsync();

        using var partners = JsonDocument.Parse(await staff.GetStringAsync("/v1/accounts?membership=partner%3Apca"));
        using var nobody = JsonDocument.Parse(await staff.GetStringAsync("/v1/accounts?membership=funder%3Ano-such-funder"));
        using var malformed = await staff.GetAsync("/v1/accounts?membership=nobody%3Apca");

        Assert.Equal([People.Contact], partners.RootElement.GetProperty("accounts").EnumerateArray().Select(account => account.GetProperty("email").GetString()));
        Assert.Empty(nobody.RootElement.GetProperty("accounts").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("membership.role", await malformed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MembershipsSetByStaffAreInTheNextTokenAndBadOnesChangeNothing()
    {
        var staff = await StaffAsync();
        using var listed = JsonDocument.Parse(await staff.GetStringAsync($"/v1/accounts?search={Uri.EscapeDataString(People.Contact)}"));
        var accountId = listed.RootElement.GetProperty("accounts")[0].GetProperty("accountId").GetString();
        var browser = new PersonSignIn(identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), People.WebClient, People.WebRedirect);
        var tokens = await browser.SignInAsync(People.Contact, People.Password, "openid offline_access finance.read grants.read");

        using var refused = await staff.PutAsJsonAsync($"/v1/accounts/{accountId}/memberships", new { memberships = new[] { "funder:" } });
        using var set = await staff.PutAsJsonAsync($"/v1/accounts/{accountId}/memberships", new { memberships = new[] { "partner:pca", "funder:departement-62" } });
        var refreshed = new JsonWebToken((await browser.RefreshAsync(tokens.RefreshToken)).AccessToken);
        using var unknown = await staff.PutAsJsonAsync("/v1/accounts/no-such-account/memberships", new { memberships = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("membership.object", await refused.Content.ReadAsStringAsync());
        Assert.Equal(["partner:pca"], new JsonWebToken(tokens.AccessToken).Claims.Where(c => c.Type == "membership").Select(c => c.Value));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(["funder:departement-62", "partner:pca"], refreshed.Claims.Where(c => c.Type == "membership").Select(c => c.Value).Order());
        Assert.Contains("grants.read", refreshed.GetClaim("scope").Value.Split(' '));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
