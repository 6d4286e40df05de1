namespace Cigales.Gateway.Limits;

/// <summary>How many calls each client may make, from the configuration section <c>Gateway:RateLimit</c>.</summary>
public sealed class RateLimitOptions
{
    /// <summary>
    /// Calls a client may make in one window: ten a second on average, far above what a person
    /// using a staff app makes, low enough to stop a runaway script.
    /// </summary>
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>The fixed window the calls are counted in; a new count starts with each.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
