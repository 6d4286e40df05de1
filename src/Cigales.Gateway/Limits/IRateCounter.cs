namespace Cigales.Gateway.Limits;

/// <summary>Counters that every gateway instance sharing the store sees alike.</summary>
public interface IRateCounter
{
    /// <summary>
    /// Adds one to the counter named <paramref name="key"/>, which is created at zero and lives
    /// <paramref name="lifetime"/> from its first call; answers the new count, or null when the
    /// store could not be asked.
    /// </summary>
    ValueTask<long?> IncrementAsync(string key, TimeSpan lifetime);
}
