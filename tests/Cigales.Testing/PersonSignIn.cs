using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace Cigales.Testing;

/// <summary>
/// A person signing in through the identity service as a browser does — the authorization
/// endpoint, the sign-in page with its antiforgery token, back with a code — then exchanging the
/// code for tokens with the PKCE verifier. The client given must keep cookies and not follow redirects.
/// </summary>
public sealed partial class PersonSignIn(HttpClient browser, string clientId, string redirectUri)
{
    public sealed record Tokens(string AccessToken, string RefreshToken, string IdToken);

    /// <summary>What the sign-in page answered a sent form: where it redirects, or the page with its error.</summary>
    public sealed record PageAnswer(HttpStatusCode Status, Uri? Location, string Body)
    {
        public string? Error => ErrorText().Match(Body) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public async Task<Tokens> SignInAsync(string email, string password, string scope = "openid offline_access clubs.read clubs.write")
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var signInPage = await AuthorizeAsync(scope, verifier);
        var answer = await SendFormAsync(signInPage, email, password);
        if (answer.Status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in refused ({answer.Status}): {answer.Error}");
        }

        using var back = await browser.GetAsync(answer.Location);
        var code = QueryValue(back.Headers.Location ?? throw new InvalidOperationException($"no code: {back.StatusCode} {await back.Content.ReadAsStringAsync()}"), "code");
        return await ExchangeAsync([("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectUri), ("client_id", clientId), ("code_verifier", verifier)]);
    }

    /// <summary>Asks for a code; answers the sign-in page's address, where the identity service sends a person not signed in.</summary>
    public async Task<Uri> AuthorizeAsync(string scope, string verifier)
    {
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        using var response = await browser.GetAsync(
            $"/connect/authorize?client_id={clientId}&response_type=code&redirect_uri={Uri.EscapeDataString(redirectUri)}"
            + $"&scope={Uri.EscapeDataString(scope)}&state=s&code_challenge={challenge}&code_challenge_method=S256");
        return response.Headers.Location ?? throw new InvalidOperationException($"no redirect to the sign-in page: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Reads the sign-in page (for its antiforgery token) and sends its form.</summary>
    public async Task<PageAnswer> SendFormAsync(Uri signInPage, string email, string password)
    {
        var page = await browser.GetStringAsync(signInPage);
        var antiforgery = FormField(page, "__RequestVerificationToken");
        using var sent = await browser.PostAsync(signInPage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = antiforgery,
        }));
        return new PageAnswer(sent.StatusCode, sent.Headers.Location, await sent.Content.ReadAsStringAsync());
    }

    public Task<Tokens> RefreshAsync(string refreshToken) =>
        ExchangeAsync([("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", clientId)]);

    /// <summary>The token endpoint's answer as it is, for a refusal.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> TryRefreshAsync(string refreshToken)
    {
        using var response = await browser.PostAsync("/connect/token", Form([("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", clientId)]));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private async Task<Tokens> ExchangeAsync((string, string)[] fields)
    {
        using var response = await browser.PostAsync("/connect/token", Form(fields));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the token endpoint refused: {body}");
        }

        return new Tokens(
            body.GetProperty("access_token").GetString()!,
            body.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString()! : string.Empty,
            body.TryGetProperty("id_token", out var id) ? id.GetString()! : string.Empty);
    }

    private static FormUrlEncodedContent Form((string Key, string Value)[] fields) =>
        new(fields.Select(field => new KeyValuePair<string, string>(field.Key, field.Value)));

    private static string QueryValue(Uri uri, string name) =>
        uri.Query.TrimStart('?').Split('&').Select(pair => pair.Split('=', 2)).FirstOrDefault(pair => pair[0] == name) is { } found
            ? Uri.UnescapeDataString(found[1])
            : throw new InvalidOperationException($"no {name} in {uri}");

    /// <summary>The value of a form field of a page: the antiforgery token, an invitation's account and token.</summary>
    public static string FormField(string page, string name) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>
    /// Opens the page a mail's link leads to (an invitation, a reset) and sends its form with the
    /// password typed twice; answers the page then shown, its entities decoded.
    /// </summary>
    public static async Task<string> ChoosePasswordAsync(HttpClient browser, Uri link, string password, string confirmation)
    {
        var page = await browser.GetStringAsync(link.PathAndQuery);
        using var sent = await browser.PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["compte"] = FormField(page, "compte"),
            ["jeton"] = FormField(page, "jeton"),
            ["Password"] = password,
            ["Confirmation"] = confirmation,
            ["__RequestVerificationToken"] = FormField(page, "__RequestVerificationToken"),
        }));
        return WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<p id=\"erreur\" class=\"alert\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ErrorText();
}
