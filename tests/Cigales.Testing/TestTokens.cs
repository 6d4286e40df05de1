using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Cigales.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cigales.Testing;

/// <summary>
/// Access tokens as the identity service issues them, signed by a key of the test process: a
/// service under test is told this key (<c>Auth:SigningKey</c>) instead of asking the identity
/// service for its own.
/// </summary>
public static class TestTokens
{
    private static readonly RSA Key = RSA.Create(2048);

    /// <summary>The public key the services under test check tokens with.</summary>
    public static string PublicKeyPem { get; } = Key.ExportSubjectPublicKeyInfoPem();

    /// <summary>A staff token with every scope: what the tests call with unless they test access itself.</summary>
    public static string Staff { get; } = For("staff-tests", "staff", string.Empty, Scopes.All);

    /// <summary>A system's token (client credentials): the client is the subject, with one membership.</summary>
    public static string For(
        string client, string role, string tenant, IEnumerable<string> scopes,
        TimeSpan? lifetime = null, string audience = Scopes.Audience, RSA? signedWith = null) =>
        Create([new Claim("sub", client), new Claim("name", client), new Claim(Membership.Claim, new Membership(role, tenant).ToString())], scopes, lifetime, audience, signedWith);

    /// <summary>A person's token, through an application: their account id, name and memberships, and the person of the clubs' directory they are, if one.</summary>
    public static string ForPerson(string accountId, string name, string client, IEnumerable<Membership> memberships, IEnumerable<string> scopes, string personId = "") =>
        Create(
            [
                new Claim("sub", accountId), new Claim("name", name), new Claim(Caller.ClientClaim, client), .. memberships.Select(m => new Claim(Membership.Claim, m.ToString())),
                .. personId.Length > 0 ? [new Claim(Caller.PersonClaim, personId)] : Array.Empty<Claim>(),
            ],
            scopes, null, Scopes.Audience, null);

    private static string Create(IEnumerable<Claim> claims, IEnumerable<string> scopes, TimeSpan? lifetime, string audience, RSA? signedWith)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = new AuthOptions().Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([.. claims, new Claim(Scopes.Claim, string.Join(' ', scopes))]),
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signedWith ?? Key), SecurityAlgorithms.RsaSha256),
        });
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}

/// <summary>Adds a bearer token to every request it passes on.</summary>
public sealed class BearerHandler(string token, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= TestTokens.Bearer(token);
        return base.SendAsync(request, cancellationToken);
    }
}
