using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Cigales.Web.SignIn;

/// <summary>The signed-in session is over (signed out elsewhere, account deactivated, refresh refused): sign in again.</summary>
public sealed class SessionEndedException(string reason) : Exception(reason);

/// <summary>The signed-in person's tokens, as the screens and the gRPC clients need them.</summary>
public interface IPersonTokens
{
    /// <summary>An access token good for the next call, renewed when it is about to expire.</summary>
    Task<string> GetAsync(CancellationToken cancel);

    /// <summary>The current access token as it is, not renewed: to read who the person is and what they hold.</summary>
    Task<string> CurrentAsync();
}

/// <summary>
/// The signed-in person's access token for the next call, within one circuit (one open tab):
/// renewed with the refresh token shortly before it expires, the new pair stored for the session.
/// </summary>
public sealed class AccessTokens(
    AuthenticationStateProvider authentication, SessionTokens sessions, GatewayIdentity identity, IHttpClientFactory http, TimeProvider clock) : IPersonTokens
{
    public const string SessionClaim = "cigales_session";
    public const string HttpClientName = "identity";

    // Renewed this long before it expires, so that a call never leaves with a token that dies on the way.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _renewing = new(1, 1);

    public async Task<string> GetAsync(CancellationToken cancel)
    {
        var session = await SessionAsync();
        var tokens = await sessions.GetAsync(session) ?? throw new SessionEndedException("the session's tokens are gone");
        if (tokens.AccessTokenExpiresAt - Margin > clock.GetUtcNow())
        {
            return tokens.AccessToken;
        }

        await _renewing.WaitAsync(cancel);
        try
        {
            // Another call of this circuit may have renewed it meanwhile.
            tokens = await sessions.GetAsync(session) ?? throw new SessionEndedException("the session's tokens are gone");
            if (tokens.AccessTokenExpiresAt - Margin > clock.GetUtcNow())
            {
                return tokens.AccessToken;
            }

            var renewed = await RenewAsync(tokens.RefreshToken, cancel);
            if (renewed is null)
            {
                await sessions.RemoveAsync(session);
                throw new SessionEndedException("the identity service refused the refresh token");
            }

            await sessions.SaveAsync(session, renewed);
            return renewed.AccessToken;
        }
        finally
        {
            _renewing.Release();
        }
    }

    public async Task<string> CurrentAsync()
    {
        var tokens = await sessions.GetAsync(await SessionAsync()) ?? throw new SessionEndedException("the session's tokens are gone");
        return tokens.AccessToken;
    }

    private async Task<string> SessionAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirst(SessionClaim)?.Value ?? throw new SessionEndedException("not signed in");
    }

    private async Task<SessionTokenSet?> RenewAsync(string refreshToken, CancellationToken cancel)
    {
        using var response = await http.CreateClient(HttpClientName).PostAsync(identity.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = PersonSignInRegistration.ClientId,
            ["refresh_token"] = refreshToken,
        }), cancel);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancel) ?? throw new InvalidOperationException("empty answer from the token endpoint");
        return new SessionTokenSet(answer.AccessToken, answer.RefreshToken ?? refreshToken, clock.GetUtcNow().AddSeconds(answer.ExpiresIn));
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
