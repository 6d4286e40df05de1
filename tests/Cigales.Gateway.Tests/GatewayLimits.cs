using System.Net;
using System.Text.Json;
using Cigales.Contracts.Clubs.V1;
using Cigales.Security;
using Cigales.Testing;
using Grpc.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Cigales.Gateway.Tests;

/// <summary>
/// The gateway with a small rate limit — 3 calls a minute per client — on a clock the test sets,
/// counting in memory, or in the Redis it is given.
/// </summary>
public sealed class LimitedGateway(EchoBackends backends, FakeTimeProvider clock, string? redis = null)
    : GatewayHost(backends, Settings(redis))
{
    public const int Permits = 3;

    /// <summary>Ten seconds into a one-minute window: fifty are left.</summary>
    public static readonly DateTimeOffset TenSecondsIntoAWindow = new(2026, 11, 26, 9, 0, 10, TimeSpan.Zero);

    public const int SecondsLeftInTheWindow = 50;

    private static Dictionary<string, string?> Settings(string? redis)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:PermitsPerWindow"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:RateLimit:Window"] = TimeSpan.FromMinutes(1).ToString(),
        };
        if (redis is not null)
        {
            settings["ConnectionStrings:redis"] = redis;
        }

        return settings;
    }

    /// <summary>A JSON client calling as the given client (a token whose subject it is).</summary>
    public HttpClient ClientFor(string client)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = TestTokens.Bearer(TokenFor(client));
        return http;
    }

    public static string TokenFor(string client) => TestTokens.For(client, "staff", string.Empty, Scopes.All);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    }
}

/// <summary>Each client may make so many calls a window; beyond them it is told when to come back.</summary>
public sealed class GatewayLimits(EchoBackends backends)
{
    private readonly FakeTimeProvider _clock = new(LimitedGateway.TenSecondsIntoAWindow);

    [Fact]
    public async Task AJsonCallOverTheRateLimitIsRefusedWithTheTimeLeftAndReachesNoService()
    {
        await using var gateway = new LimitedGateway(backends, _clock);

        using var refused = await CallOverTheLimitAsync(gateway.ClientFor("app-1"));

        Assert.Equal((HttpStatusCode.TooManyRequests, false), (refused.StatusCode, ReachedABackend(refused)));
        Assert.Equal(TimeSpan.FromSeconds(LimitedGateway.SecondsLeftInTheWindow), refused.Headers.RetryAfter?.Delta);
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(8, body.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("too many calls: at most 3 every 60 s per caller; retry in 50 s", body.RootElement.GetProperty("message").GetString());
        Assert.Empty(body.RootElement.GetProperty("details").EnumerateArray());
    }

    [Fact]
    public async Task AGrpcCallOverTheRateLimitIsResourceExhausted()
    {
        await using var gateway = new LimitedGateway(backends, _clock);
        using var channel = gateway.GrpcChannelWith(LimitedGateway.TokenFor("app-1"));

        // One count per client, whichever protocol it calls with.
        await CallWithinTheLimitAsync(gateway.ClientFor("app-1"));
        var refused = await Assert.ThrowsAsync<RpcException>(
            () => new ClubsService.ClubsServiceClient(channel).GetClubAsync(new GetClubRequest { ClubId = "abc" }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.EndsWith("retry in 50 s", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("50", refused.Trailers.GetValue("retry-after"));
    }

    [Fact]
    public async Task EachClientIsCountedApart()
    {
        await using var gateway = new LimitedGateway(backends, _clock);

        using var firstOverItsLimit = await CallOverTheLimitAsync(gateway.ClientFor("app-1"));
        using var another = await gateway.ClientFor("app-2").GetAsync("/v1/clubs");

        Assert.Equal(HttpStatusCode.TooManyRequests, firstOverItsLimit.StatusCode);
        Assert.Equal((HttpStatusCode.OK, true), (another.StatusCode, ReachedABackend(another)));
    }

    [Fact]
    public async Task EachPersonOfOneApplicationIsCountedApart()
    {
        await using var gateway = new LimitedGateway(backends, _clock);
        var staff = new[] { new Membership(Roles.Staff, string.Empty) };
        using var first = gateway.CreateClient();
        first.DefaultRequestHeaders.Authorization = TestTokens.Bearer(TestTokens.ForPerson("account-1", "Anne", "cigales-web", staff, Scopes.All));
        using var second = gateway.CreateClient();
        second.DefaultRequestHeaders.Authorization = TestTokens.Bearer(TestTokens.ForPerson("account-2", "Paul", "cigales-web", staff, Scopes.All));

        using var firstOverItsLimit = await CallOverTheLimitAsync(first);
        using var another = await second.GetAsync("/v1/clubs");

        // The people of the web app do not share one limit: each has their own.
        Assert.Equal(HttpStatusCode.TooManyRequests, firstOverItsLimit.StatusCode);
        Assert.Equal((HttpStatusCode.OK, true), (another.StatusCode, ReachedABackend(another)));
    }

    [Fact]
    public async Task CallsWithoutATokenAreCountedByTheirAddress()
    {
        await using var gateway = new LimitedGateway(backends, _clock);
        var anonymous = gateway.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var answers = new List<HttpStatusCode>();
        for (var call = 0; call <= LimitedGateway.Permits; call++)
        {
            using var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent([new("grant_type", "client_credentials")]));
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task TheCountStartsAgainWithTheNextWindow()
    {
        await using var gateway = new LimitedGateway(backends, _clock);
        var client = gateway.ClientFor("app-1");

        using var refused = await CallOverTheLimitAsync(client);
        _clock.Advance(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero);
        using var afterTheWait = await client.GetAsync("/v1/clubs");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal((HttpStatusCode.OK, true), (afterTheWait.StatusCode, ReachedABackend(afterTheWait)));
    }

    [Fact]
    public async Task WhenRedisDoesNotAnswerCallsGoThroughUncounted()
    {
        // Nothing listens on this port.
        await using var gateway = new LimitedGateway(backends, _clock, $"127.0.0.1:{FreePort.Next()}");
        var client = gateway.ClientFor("app-1");

        var answers = new List<(HttpStatusCode, bool)>();
        for (var call = 0; call < 2 * LimitedGateway.Permits; call++)
        {
            using var response = await client.GetAsync("/v1/clubs");
            answers.Add((response.StatusCode, ReachedABackend(response)));
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.OK, true), answer));
    }

    internal static bool ReachedABackend(HttpResponseMessage response) => response.Headers.Contains("x-port");

    /// <summary>As many calls as the limit allows, each of which must reach its service, then one more: its answer.</summary>
    private static async Task<HttpResponseMessage> CallOverTheLimitAsync(HttpClient client)
    {
        await CallWithinTheLimitAsync(client);
        return await client.GetAsync("/v1/clubs");
    }

    /// <summary>As many calls as the limit allows, each of which must reach its service.</summary>
    internal static async Task CallWithinTheLimitAsync(HttpClient client, int calls = LimitedGateway.Permits)
    {
        for (var call = 0; call < calls; call++)
        {
            using var response = await client.GetAsync("/v1/clubs");
            Assert.Equal((HttpStatusCode.OK, true), (response.StatusCode, ReachedABackend(response)));
        }
    }
}

/// <summary>Counted in Redis, a client's calls add up across every gateway instance.</summary>
public sealed class GatewayLimitsInRedis(EchoBackends backends, RedisServer redis) : IClassFixture<RedisServer>
{
    private readonly FakeTimeProvider _clock = new(LimitedGateway.TenSecondsIntoAWindow);

    [Fact]
    public async Task TwoGatewaysCountAClientsCallsTogether()
    {
        await using var first = new LimitedGateway(backends, _clock, redis.ConnectionString);
        await using var second = new LimitedGateway(backends, _clock, redis.ConnectionString);
        // A client of its own: the server outlives the test, and its counts with it.
        var client = $"app-{Guid.NewGuid():N}";

        await GatewayLimits.CallWithinTheLimitAsync(first.ClientFor(client), calls: 2);
        await GatewayLimits.CallWithinTheLimitAsync(second.ClientFor(client), calls: 1);
        using var fourth = await second.ClientFor(client).GetAsync("/v1/clubs");

        Assert.Equal((HttpStatusCode.TooManyRequests, false), (fourth.StatusCode, GatewayLimits.ReachedABackend(fourth)));
        Assert.Equal(TimeSpan.FromSeconds(LimitedGateway.SecondsLeftInTheWindow), fourth.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task TheCountersExpireWithTheirWindow()
    {
        await using var gateway = new LimitedGateway(backends, _clock, redis.ConnectionString);
        var client = $"app-{Guid.NewGuid():N}";

        await GatewayLimits.CallWithinTheLimitAsync(gateway.ClientFor(client), calls: 1);

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var server = connection.GetServer(connection.GetEndPoints().Single());
        var key = Assert.Single(await server.KeysAsync(pattern: $"cigales:rate:*{client}*").ToListAsync());
        Assert.InRange(await connection.GetDatabase().KeyTimeToLiveAsync(key) ?? TimeSpan.MaxValue, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }
}
