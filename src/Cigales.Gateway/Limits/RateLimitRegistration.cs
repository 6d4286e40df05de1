using Cigales.Gateway.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Cigales.Gateway.Limits;

public static class RateLimitRegistration
{
    /// <summary>The connection string the AppHost gives the gateway for Redis (<c>ConnectionStrings:redis</c>).</summary>
    public const string RedisConnectionName = "redis";

    // Counting must never hold a call up: a Redis that does not answer within these is taken as down.
    private static readonly TimeSpan RedisConnectTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RedisCommandTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The rate limit and its counter: in Redis when the gateway is given one, shared by every
    /// gateway instance; otherwise in this process (a gateway alone, in tests).
    /// </summary>
    public static IHostApplicationBuilder AddGatewayRateLimit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.Section)
            .Validate(
                options => options.RateLimit.PermitsPerWindow > 0 && options.RateLimit.Window > TimeSpan.Zero,
                $"{GatewayOptions.Section}:RateLimit needs PermitsPerWindow above 0 and a Window longer than 0")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);

        if (string.IsNullOrEmpty(builder.Configuration.GetConnectionString(RedisConnectionName)))
        {
            builder.Services.AddSingleton<IRateCounter, InMemoryRateCounter>();
            return builder;
        }

        builder.AddRedisClient(
            RedisConnectionName,
            settings =>
            {
                // The gateway serves without Redis (calls go through uncounted): Redis down must not
                // make the gateway unhealthy and take it out of service.
                settings.DisableHealthChecks = true;
                // Connected at start, not by the first call, which would wait for it.
                settings.DisableAutoActivation = false;
            },
            redis =>
            {
                redis.ConnectTimeout = (int)RedisConnectTimeout.TotalMilliseconds;
                redis.SyncTimeout = (int)RedisCommandTimeout.TotalMilliseconds;
                redis.AsyncTimeout = (int)RedisCommandTimeout.TotalMilliseconds;
                // While disconnected, fail at once rather than queue the counts until the timeout.
                redis.BacklogPolicy = BacklogPolicy.FailFast;
            });
        builder.Services.AddSingleton<IRateCounter, RedisRateCounter>();
        return builder;
    }
}
