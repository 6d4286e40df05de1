using System.Net;
using System.Security.Claims;
using Cigales.Testing;
using Cigales.Web.SignIn;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Cigales.Web.Tests.SignIn;

/// <summary>
/// A signed-in session's tokens, kept in a real Redis, renewed through the token endpoint (here
/// scripted) shortly before the access token expires.
/// </summary>
public sealed class TheSessionsTokens(RedisServer redis) : IClassFixture<RedisServer>, IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 6, 16, 9, 0, 0, TimeSpan.Zero));
    private readonly TokenEndpoint _endpoint = new();
    private ConnectionMultiplexer? _connection;

    [Fact]
    public async Task AnAccessTokenStillGoodIsGivenAsItIs()
    {
        var (tokens, _, _) = await SignedInAsync(expiresIn: TimeSpan.FromMinutes(5));

        Assert.Equal("access-1", await tokens.GetAsync(CancellationToken.None));
        Assert.Empty(_endpoint.Asked);
    }

    [Fact]
    public async Task AnAccessTokenAboutToExpireIsRenewedWithTheRefreshTokenAndTheNewPairKept()
    {
        var (tokens, sessions, session) = await SignedInAsync(expiresIn: TimeSpan.FromMinutes(5));
        _endpoint.Answer = """{"access_token":"access-2","refresh_token":"refresh-2","expires_in":300,"token_type":"Bearer"}""";
        _clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(40));

        Assert.Equal("access-2", await tokens.GetAsync(CancellationToken.None));

        Assert.Equal(["grant_type=refresh_token&client_id=cigales-web&refresh_token=refresh-1"], _endpoint.Asked);
        var kept = await sessions.GetAsync(session);
        Assert.Equal(("access-2", "refresh-2", _clock.GetUtcNow().AddSeconds(300)), (kept?.AccessToken, kept?.RefreshToken, kept?.AccessTokenExpiresAt));
        // Stored encrypted: Redis alone gives no usable token.
        var stored = (string?)await _connection!.GetDatabase().StringGetAsync($"cigales:web:session:{session}");
        Assert.DoesNotContain("access-2", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedRefreshEndsTheSession()
    {
        var (tokens, sessions, session) = await SignedInAsync(expiresIn: TimeSpan.FromMinutes(5));
        _endpoint.Status = HttpStatusCode.BadRequest;
        _endpoint.Answer = """{"error":"invalid_grant"}""";
        _clock.Advance(TimeSpan.FromMinutes(6));

        await Assert.ThrowsAsync<SessionEndedException>(() => tokens.GetAsync(CancellationToken.None));

        Assert.Null(await sessions.GetAsync(session));
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task<(AccessTokens Tokens, SessionTokens Sessions, string Session)> SignedInAsync(TimeSpan expiresIn)
    {
        _connection ??= await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var sessions = new SessionTokens(_connection, new EphemeralDataProtectionProvider());
        var session = await sessions.CreateAsync(new SessionTokenSet("access-1", "refresh-1", _clock.GetUtcNow() + expiresIn));
        var http = new HttpClient(_endpoint);
        var identity = new GatewayIdentity(new Uri("http://identity.cigales/"), new Uri("http://gateway.test/"), http);
        var tokens = new AccessTokens(new SignedIn(session), sessions, identity, new OneClient(http), _clock);
        return (tokens, sessions, session);
    }

    private sealed class SignedIn(string session) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(AccessTokens.SessionClaim, session)], "test"))));
    }

    private sealed class OneClient(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }

    /// <summary>The identity service's token endpoint, through the gateway: answers what the test says, keeps what it was asked.</summary>
    private sealed class TokenEndpoint : HttpMessageHandler
    {
        public List<string> Asked { get; } = [];

        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        public string Answer { get; set; } = "{}";

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("http://gateway.test/connect/token", request.RequestUri?.ToString());
            Asked.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            return new HttpResponseMessage(Status) { Content = new StringContent(Answer, System.Text.Encoding.UTF8, "application/json") };
        }
    }
}
