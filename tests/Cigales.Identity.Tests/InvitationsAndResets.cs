using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cigales.Identity.Accounts;
using Cigales.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Cigales.Identity.Tests;

/// <summary>
/// Staff invite a person by e-mail; the person follows the link in the mail (read from a real
/// SMTP server) to choose a password, then signs in. A forgotten password goes the same way.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed partial class InvitationsAndResets(IdentityHost identity)
{
    private HttpClient Browser() => identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<HttpClient> ApiAsAsync(string client, string secret)
    {
        using var response = await identity.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client, ["client_secret"] = secret,
        }));
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
        var api = identity.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    private static string Address(string name) => $"{name}-{Guid.NewGuid():N}@example.org";

    /// <summary>The link of the latest mail to the address, as the person would click it.</summary>
    private async Task<(string Text, Uri Link)> MailAsync(string address, DateTimeOffset since)
    {
        var text = await identity.Mail.Inbox.LatestTextToAsync(address, since) ?? throw new InvalidOperationException($"no mail to {address}");
        return (text, new Uri(LinkInMail().Match(text).Value));
    }

    [Fact]
    public async Task AnInvitedPersonChoosesTheirPasswordFromTheMailThenSignsInWithTheMembershipsGiven()
    {
        var address = Address("invitee");
        var since = DateTimeOffset.UtcNow;
        var staff = await ApiAsAsync("staff-app", Clients.StaffSecret);

        using var invited = await staff.PostAsJsonAsync("/v1/accounts/invitations", new { email = address, fullName = "Agnès Delattre", memberships = new[] { "club-secretary:club-lens" } });
        var (text, link) = await MailAsync(address, since);
        var browser = Browser();
        var chosen = await PersonSignIn.ChoosePasswordAsync(browser, link, People.Password, People.Password);
        var again = await PersonSignIn.ChoosePasswordAsync(Browser(), link, "un autre mot de passe assez long", "un autre mot de passe assez long");
        var tokens = await new PersonSignIn(Browser(), People.WebClient, People.WebRedirect).SignInAsync(address, People.Password);

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        Assert.Contains("Bonjour Agnès Delattre", text);
        Assert.Contains("staff-app vous invite à utiliser Cigales", text);
        Assert.Contains("Votre mot de passe est enregistré", chosen);
        Assert.Contains("Ce lien n'est plus valable", again);
        Assert.Equal(["club-secretary:club-lens"], new JsonWebToken(tokens.AccessToken).Claims.Where(c => c.Type == "membership").Select(c => c.Value));
    }

    [Fact]
    public async Task TwoDifferentPasswordsOrAShortOneAreRefusedInFrenchAndTheLinkStillWorks()
    {
        var address = Address("typo");
        var since = DateTimeOffset.UtcNow;
        await (await ApiAsAsync("staff-app", Clients.StaffSecret)).PostAsJsonAsync("/v1/accounts/invitations", new { email = address, fullName = "Paul Typo", memberships = Array.Empty<string>() });
        var (_, link) = await MailAsync(address, since);

        var differ = await PersonSignIn.ChoosePasswordAsync(Browser(), link, People.Password, People.Password + "x");
        var tooShort = await PersonSignIn.ChoosePasswordAsync(Browser(), link, "court", "court");
        var chosen = await PersonSignIn.ChoosePasswordAsync(Browser(), link, People.Password, People.Password);

        Assert.Contains("Les deux mots de passe saisis diffèrent.", differ);
        Assert.Contains("Le mot de passe doit compter au moins 12 caractères.", tooShort);
        Assert.Contains("Votre mot de passe est enregistré", chosen);
    }

    [Fact]
    public async Task AnInvitationWithBadFieldsIsRefusedNamingEachAndCreatesNothing()
    {
        var staff = await ApiAsAsync("staff-app", Clients.StaffSecret);

        using var refused = await staff.PostAsJsonAsync("/v1/accounts/invitations", new { email = "pas une adresse", fullName = " ", memberships = new[] { "chef:club-a", "club-member:", "staff:" } });
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        using var taken = await staff.PostAsJsonAsync("/v1/accounts/invitations", new { email = People.Treasurer, fullName = "Quelqu'un", memberships = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            [("email", "account.email"), ("full_name", "account.full_name"), ("memberships[0]", "membership.role"), ("memberships[1]", "membership.object")],
            body.RootElement.GetProperty("details").EnumerateArray().Select(d => (d.GetProperty("field").GetString(), d.GetProperty("rule").GetString())));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Null(await identity.Mail.Inbox.LatestTextToAsync("pas une adresse", DateTimeOffset.UtcNow.AddMinutes(-5), TimeSpan.Zero));
    }

    [Fact]
    public async Task OnlyStaffInvite()
    {
        var partner = await ApiAsAsync("pas-de-calais-actif", "partner-secret");

        using var refused = await partner.PostAsJsonAsync("/v1/accounts/invitations", new { email = Address("x"), fullName = "X", memberships = Array.Empty<string>() });
        var noToken = identity.CreateClient();
        noToken.DefaultRequestHeaders.Authorization = null;
        using var unauthenticated = await noToken.PostAsJsonAsync("/v1/accounts/invitations", new { email = Address("x"), fullName = "X", memberships = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    [Fact]
    public async Task AForgottenPasswordGetsTheSameAnswerEitherWayAndOnlyTheAccountsOwnerAMail()
    {
        var address = Address("oublie");
        var since = DateTimeOffset.UtcNow;
        await (await ApiAsAsync("staff-app", Clients.StaffSecret)).PostAsJsonAsync("/v1/accounts/invitations", new { email = address, fullName = "Rose Oubli", memberships = Array.Empty<string>() });
        await PersonSignIn.ChoosePasswordAsync(Browser(), (await MailAsync(address, since)).Link, People.Password, People.Password);
        var unknown = Address("personne");

        var resetSince = DateTimeOffset.UtcNow.AddSeconds(1);
        var forKnown = await AskForResetAsync(address);
        var forUnknown = await AskForResetAsync(unknown);
        var (text, link) = await MailAsync(address, resetSince);
        var chosen = await PersonSignIn.ChoosePasswordAsync(Browser(), link, "une toute nouvelle phrase", "une toute nouvelle phrase");
        var browser = new PersonSignIn(Browser(), People.WebClient, People.WebRedirect);
        var page = await browser.AuthorizeAsync("openid", "v".PadRight(43, 'v'));

        Assert.Equal(PasswordResets.Answer, forKnown);
        Assert.Equal(forKnown, forUnknown);
        Assert.Null(await identity.Mail.Inbox.LatestTextToAsync(unknown, since, TimeSpan.FromSeconds(1)));
        Assert.Contains("choisir un nouveau mot de passe", text);
        Assert.Contains("Votre mot de passe est enregistré", chosen);
        Assert.Equal(SignIns.Failed, (await browser.SendFormAsync(page, address, People.Password)).Error);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SendFormAsync(page, address, "une toute nouvelle phrase")).Status);
    }

    [Fact]
    public async Task ADeactivatedAccountsRefreshTokenIsRevoked()
    {
        var address = Address("depart");
        var since = DateTimeOffset.UtcNow;
        var staff = await ApiAsAsync("staff-app", Clients.StaffSecret);
        using var invited = await staff.PostAsJsonAsync("/v1/accounts/invitations", new { email = address, fullName = "Marc Départ", memberships = new[] { "club-member:club-a" } });
        var accountId = JsonDocument.Parse(await invited.Content.ReadAsStringAsync()).RootElement.GetProperty("accountId").GetString();
        await PersonSignIn.ChoosePasswordAsync(Browser(), (await MailAsync(address, since)).Link, People.Password, People.Password);
        var browser = new PersonSignIn(Browser(), People.WebClient, People.WebRedirect);
        var tokens = await browser.SignInAsync(address, People.Password);

        using var deactivated = await staff.PostAsync($"/v1/accounts/{accountId}/deactivation", null);
        var (status, body) = await browser.TryRefreshAsync(tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False(JsonDocument.Parse(await deactivated.Content.ReadAsStringAsync()).RootElement.GetProperty("active").GetBoolean());
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, body.GetProperty("error").GetString()));
    }

    private async Task<string> AskForResetAsync(string address)
    {
        var browser = Browser();
        var page = await browser.GetStringAsync("/compte/mot-de-passe-oublie");
        var antiforgery = PersonSignIn.FormField(page, "__RequestVerificationToken");
        using var sent = await browser.PostAsync("/compte/mot-de-passe-oublie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = address, ["__RequestVerificationToken"] = antiforgery,
        }));
        return WebUtility.HtmlDecode(Regex.Match(await sent.Content.ReadAsStringAsync(), "role=\"status\">([^<]*)<").Groups[1].Value);
    }

    [GeneratedRegex(@"http://localhost/compte/[^\s]+")]
    private static partial Regex LinkInMail();
}
