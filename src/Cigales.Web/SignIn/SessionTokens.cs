using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Cigales.Web.SignIn;

/// <summary>A signed-in person's tokens: the access token for the API, and the refresh token that renews it.</summary>
public sealed record SessionTokenSet(string AccessToken, string RefreshToken, DateTimeOffset AccessTokenExpiresAt);

/// <summary>
/// The tokens of each signed-in session, kept server-side in Redis: the browser holds only the
/// session cookie, which names its session. Stored encrypted (Data Protection), so that a read of
/// Redis gives no usable token; kept as long as a refresh token lives, and removed at sign-out.
/// </summary>
public sealed class SessionTokens(IConnectionMultiplexer redis, IDataProtectionProvider dataProtection)
{
    /// <summary>As long as the identity service's refresh tokens (OpenIddict's 14 days).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Cigales.Web.SessionTokens");

    public async Task<string> CreateAsync(SessionTokenSet tokens)
    {
        var session = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await SaveAsync(session, tokens);
        return session;
    }

    public async Task<SessionTokenSet?> GetAsync(string session)
    {
        var stored = await redis.GetDatabase().StringGetAsync(Key(session));
        if (stored.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SessionTokenSet>(_protector.Unprotect(stored.ToString()));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Written under a key ring since lost: the session is over.
            return null;
        }
    }

    public Task SaveAsync(string session, SessionTokenSet tokens) =>
        redis.GetDatabase().StringSetAsync(Key(session), _protector.Protect(JsonSerializer.Serialize(tokens)), Lifetime);

    public Task RemoveAsync(string session) => redis.GetDatabase().KeyDeleteAsync(Key(session));

    private static RedisKey Key(string session) => $"cigales:web:session:{session}";
}
