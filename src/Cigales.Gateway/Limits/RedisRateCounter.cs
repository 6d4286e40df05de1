using StackExchange.Redis;

namespace Cigales.Gateway.Limits;

/// <summary>
/// Counters in Redis, shared by every gateway instance. When Redis does not answer, the count is
/// unknown and the caller lets the call through: the API must not stop because its counter did.
/// </summary>
public sealed class RedisRateCounter(IConnectionMultiplexer redis, ILogger<RedisRateCounter> logger) : IRateCounter
{
    // INCR and the expiry in one step: a gateway stopped between the two would leave a key that
    // never expires.
    private const string IncrementScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
        end
        return count
        """;

    private int _unreachable;

    public async ValueTask<long?> IncrementAsync(string key, TimeSpan lifetime)
    {
        try
        {
            var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(
                IncrementScript, [key], [(long)lifetime.TotalMilliseconds]);
            if (Interlocked.Exchange(ref _unreachable, 0) == 1)
            {
                logger.LogInformation("Redis answers again: calls are counted again");
            }

            return count;
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            // Once when it starts, not at every call: an outage would otherwise flood the logs.
            if (Interlocked.Exchange(ref _unreachable, 1) == 0)
            {
                logger.LogWarning(exception, "Redis does not answer: calls go through uncounted until it does");
            }

            return null;
        }
    }
}
