using System.Net;
using Cigales.Identity.Accounts;
using Cigales.Identity.Store;
using Cigales.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Cigales.Identity.Tests;

/// <summary>People sign in through the code flow with PKCE, in French, and their tokens follow their account.</summary>
[Collection(IdentityCollection.Name)]
public sealed class PeopleSignIn(IdentityHost identity)
{
    private PersonSignIn Browser(WebApplicationFactory<IdentityStore>? host = null) =>
        new((host ?? identity).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), People.WebClient, People.WebRedirect);

    private async Task WithAccountAsync(string email, Func<UserManager<Account>, IdentityStore, Account, Task> change)
    {
        using var scope = identity.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        await change(users, scope.ServiceProvider.GetRequiredService<IdentityStore>(), (await users.FindByEmailAsync(email))!);
    }

    [Fact]
    public async Task ATreasurerSignsInAndGetsAShortTokenNamingThemTheirClubAndTheApp()
    {
        var tokens = await Browser().SignInAsync(People.Treasurer, People.Password, "openid offline_access clubs.read clubs.write grants.read");

        var token = new JsonWebToken(tokens.AccessToken);
        string accountId = string.Empty;
        await WithAccountAsync(People.Treasurer, (_, _, account) => Task.FromResult(accountId = account.Id));
        Assert.Equal(accountId, token.Subject);
        Assert.Equal("Martine Lefebvre", token.GetClaim("name").Value);
        Assert.Equal(People.WebClient, token.GetClaim("client_id").Value);
        Assert.Equal([$"club-treasurer:{People.TreasurersClub}"], token.Claims.Where(c => c.Type == "membership").Select(c => c.Value));
        // grants.read was asked for, but a club's treasurer has no business there.
        Assert.Equal(["clubs.read", "clubs.write"], token.GetClaim("scope").Value.Split(' ').Where(s => s.Contains('.')).Order());
        Assert.InRange(token.ValidTo - token.IssuedAt, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        Assert.NotEmpty(tokens.RefreshToken);
    }

    [Fact]
    public async Task APersonInTwoClubsCarriesBothMemberships()
    {
        var token = new JsonWebToken((await Browser().SignInAsync(People.TwoClubs, People.Password)).AccessToken);

        Assert.Equal(["club-member:club-a", "club-secretary:club-b"], token.Claims.Where(c => c.Type == "membership").Select(c => c.Value).Order());
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownAddressGetTheSameAnswerInFrench()
    {
        var browser = Browser();
        var page = await browser.AuthorizeAsync("openid", "v".PadRight(43, 'v'));

        var wrongPassword = await browser.SendFormAsync(page, People.Treasurer, "pas le bon mot de passe");
        var unknown = await browser.SendFormAsync(page, "personne@example.org", "pas le bon mot de passe");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.Equal(SignIns.Failed, wrongPassword.Error);
        Assert.Equal((wrongPassword.Status, wrongPassword.Error), (unknown.Status, unknown.Error));
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountAndTheRightPasswordNoLongerOpensIt()
    {
        var browser = Browser();
        var page = await browser.AuthorizeAsync("openid", "v".PadRight(43, 'v'));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(SignIns.Failed, (await browser.SendFormAsync(page, People.Locked, "pas le bon mot de passe")).Error);
        }

        var rightPassword = await browser.SendFormAsync(page, People.Locked, People.Password);

        Assert.Equal(SignIns.Failed, rightPassword.Error);
        await WithAccountAsync(People.Locked, async (users, _, account) => Assert.True(await users.IsLockedOutAsync(account)));
    }

    [Fact]
    public async Task ARefreshAfterDeactivationIsRefused()
    {
        var browser = Browser();
        var tokens = await browser.SignInAsync(People.Deactivated, People.Password);
        var refreshed = await browser.RefreshAsync(tokens.RefreshToken);

        await WithAccountAsync(People.Deactivated, async (users, _, account) =>
        {
            account.Active = false;
            await users.UpdateAsync(account);
        });
        var (status, body) = await browser.TryRefreshAsync(refreshed.RefreshToken);

        Assert.NotEmpty(refreshed.AccessToken);
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, body.GetProperty("error").GetString()));
        Assert.Equal(SignIns.Failed, (await browser.SendFormAsync(await browser.AuthorizeAsync("openid", "v".PadRight(43, 'v')), People.Deactivated, People.Password)).Error);
    }

    [Fact]
    public async Task AMembershipRemovedIsGoneFromTheNextRefresh()
    {
        var browser = Browser();
        var tokens = await browser.SignInAsync(People.Removed, People.Password);

        await WithAccountAsync(People.Removed, async (_, store, account) =>
        {
            await store.Memberships.Where(m => m.AccountId == account.Id).ExecuteDeleteAsync();
        });
        var refreshed = new JsonWebToken((await browser.RefreshAsync(tokens.RefreshToken)).AccessToken);

        Assert.Contains(new JsonWebToken(tokens.AccessToken).Claims, c => c.Type == "membership");
        Assert.DoesNotContain(refreshed.Claims, c => c.Type == "membership");
        Assert.DoesNotContain("clubs.read", refreshed.GetClaim("scope").Value.Split(' '));
    }

    [Fact]
    public async Task AnOfficeGivenLaterWidensTheScopesAtTheNextRefresh()
    {
        var browser = Browser();
        var tokens = await browser.SignInAsync(People.Promoted, People.Password, "openid offline_access clubs.read clubs.write");

        await WithAccountAsync(People.Promoted, async (_, store, account) =>
        {
            store.Memberships.Add(new AccountMembership(account.Id, "club-treasurer", "club-a"));
            await store.SaveChangesAsync();
        });
        var refreshed = new JsonWebToken((await browser.RefreshAsync(tokens.RefreshToken)).AccessToken);

        Assert.Equal(["clubs.read"], new JsonWebToken(tokens.AccessToken).GetClaim("scope").Value.Split(' ').Where(s => s.Contains('.')));
        Assert.Equal(["clubs.read", "clubs.write"], refreshed.GetClaim("scope").Value.Split(' ').Where(s => s.Contains('.')).Order());
        Assert.DoesNotContain(refreshed.Claims, claim => claim.Type == "cigales_asked_scopes");
    }

    [Fact]
    public async Task ACodeAskedForWithoutPkceIsRefused()
    {
        using var response = await identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(
            $"/connect/authorize?client_id={People.WebClient}&response_type=code&redirect_uri={Uri.EscapeDataString(People.WebRedirect)}&scope=openid&state=s");

        var answer = response.Headers.Location?.ToString() ?? await response.Content.ReadAsStringAsync();
        Assert.Contains("invalid_request", answer);
        Assert.Contains("code_challenge", answer);
    }

    [Fact]
    public async Task TheSignInFormIsRefusedWithoutItsAntiforgeryToken()
    {
        using var response = await identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .PostAsync("/compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = People.Treasurer, ["Password"] = People.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, header => header.Key == "Set-Cookie" && header.Value.Any(v => v.StartsWith("cigales.identity=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheSignInCookieIsHttpOnlyAndSameSite()
    {
        var client = identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/compte/connexion");
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("cigales.antiforgery=", StringComparison.Ordinal));
        var token = PersonSignIn.FormField(await page.Content.ReadAsStringAsync(), "__RequestVerificationToken");
        using var form = new HttpRequestMessage(HttpMethod.Post, "/compte/connexion")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = People.TwoClubs, ["Password"] = People.Password, ["__RequestVerificationToken"] = token }),
        };
        form.Headers.Add("Cookie", antiforgeryCookie.Split(';')[0]);

        using var signedIn = await client.SendAsync(form);

        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("cigales.identity=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("httponly", antiforgeryCookie.ToLowerInvariant());
    }

    [Fact]
    public async Task SentFormsBeyondTheLimitAreRefusedWith429()
    {
        await using var limited = new IdentityOnDatabase(identity.ConnectionString, builder => builder.UseSetting("Identity:SignIn:AttemptsPerMinute", "3"));
        var browser = Browser(limited);
        var page = await browser.AuthorizeAsync("openid", "v".PadRight(43, 'v'));

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add((await browser.SendFormAsync(page, "personne@example.org", "pas le bon mot de passe")).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }
}
