using System.Collections.Concurrent;

namespace Cigales.Gateway.Limits;

/// <summary>
/// Counters in this process only, for a gateway that is given no Redis (started alone, or in
/// tests): the same counts as in Redis, but each instance keeps its own.
/// </summary>
public sealed class InMemoryRateCounter(TimeProvider clock) : IRateCounter
{
    private readonly ConcurrentDictionary<string, Counter> _counters = new();
    private long _nextSweepTicks;

    public ValueTask<long?> IncrementAsync(string key, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        RemoveExpired(now, lifetime);
        var counter = _counters.GetOrAdd(key, _ => new Counter(now + lifetime));
        return ValueTask.FromResult<long?>(Interlocked.Increment(ref counter.Count));
    }

    // Every window has keys of its own: unswept, one entry per caller and window would stay for
    // ever. Once a lifetime is enough, as Redis lets its keys expire.
    private void RemoveExpired(DateTimeOffset now, TimeSpan lifetime)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + lifetime).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var (key, counter) in _counters)
        {
            if (counter.Expires <= now)
            {
                _counters.TryRemove(key, out _);
            }
        }
    }

    private sealed class Counter(DateTimeOffset expires)
    {
        public long Count;

        public DateTimeOffset Expires { get; } = expires;
    }
}
