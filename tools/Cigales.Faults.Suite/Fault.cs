namespace Cigales.Faults;

/// <summary>
/// One fault and its recovery: a process of the running system stopped the way it would fail,
/// then started again by Aspire after <see cref="Down"/>. <see cref="InjectAsync"/> returns once
/// Aspire has been asked to start it again, with the moment the fault struck.
/// </summary>
public sealed record Fault(string Name, string Resource, string Executable, int Signal, TimeSpan Down)
{
    /// <summary>How long Aspire may take to see the process gone.</summary>
    private static readonly TimeSpan StopsWithin = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A silo's process killed outright (SIGKILL): no goodbye to the cluster, calls in flight lost.
    /// The process is named after its project: <c>Cigales.Clubs</c> for <c>clubs</c>.
    /// </summary>
    public static Fault SiloKilled(string service) =>
        new($"{service} silo killed", service, $"Cigales.{char.ToUpperInvariant(service[0])}{service[1..]}", ResourceProcesses.Kill, TimeSpan.FromSeconds(2));

    /// <summary>PostgreSQL stopped by a fast shutdown (SIGINT: clients cut off, transactions in flight rolled back).</summary>
    public static Fault PostgresRestarted() =>
        new("PostgreSQL restarted", "postgres", "postgres", ResourceProcesses.Interrupt, TimeSpan.FromSeconds(5));

    /// <summary>Redis crashed (SIGKILL): Orleans' membership and reminders and the gateway's rate counters out of reach.</summary>
    public static Fault RedisCrashed() =>
        new("Redis crashed", "redis", "redis-server", ResourceProcesses.Kill, TimeSpan.FromSeconds(5));

    public async Task<DateTimeOffset> InjectAsync(ResourceProcesses processes, TimeProvider clock, CancellationToken cancellation)
    {
        var pid = processes.Find(Resource, Executable);
        var struck = clock.GetUtcNow();
        ResourceProcesses.Signal(pid, Signal);
        using (var stopped = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
        {
            stopped.CancelAfter(StopsWithin);
            await processes.WaitUntilStoppedAsync(Resource, stopped.Token);
        }

        var left = Down - (clock.GetUtcNow() - struck);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, clock, cancellation);
        }

        await processes.StartAsync(Resource, cancellation);
        return struck;
    }
}
