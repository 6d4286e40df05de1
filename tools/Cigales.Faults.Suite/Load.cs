namespace Cigales.Faults;

/// <param name="Clients">How many clients send at once, each one command at a time.</param>
/// <param name="Before">How long the load runs before the fault.</param>
/// <param name="After">How long it goes on once the faulty resource is healthy again.</param>
/// <param name="Drain">How long, once no new command is sent, clients may retry what is unacknowledged.</param>
public sealed record LoadOptions(int Clients, TimeSpan Before, TimeSpan After, TimeSpan Drain);

/// <summary>One phase of the load: when its fault struck, and when Aspire saw the resource healthy again (null: not within 90 s, or no fault made).</summary>
public sealed record Phase(string Name, DateTimeOffset? Struck, DateTimeOffset? Healthy);

/// <summary>
/// Clients sending money commands through the gateway, each on a channel of its own, each command
/// retried with its key until acknowledged; a fault strikes during the load and the resource comes
/// back. Then no new command is sent and each client retries until all of its are acknowledged.
/// </summary>
public sealed class Load(RunningSystem system, CommandSource source, CommandLog log, TimeProvider clock)
{
    /// <summary>The longest wait for a restarted resource to be healthy before the load goes on regardless.</summary>
    private static readonly TimeSpan HealthyWithin = TimeSpan.FromSeconds(90);

    private readonly ResourceProcesses _processes = new(system);

    public async Task<Phase> RunAsync(string name, Fault fault, LoadOptions options, CancellationToken cancellation)
    {
        using var stopSending = new CancellationTokenSource();
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var clients = Enumerable.Range(1, options.Clients).Select(_ => ClientAsync(name, stopSending.Token, giveUp.Token)).ToList();
        DateTimeOffset? struck = null;
        DateTimeOffset? healthy = null;
        try
        {
            await Task.Delay(options.Before, clock, cancellation);
            struck = await fault.InjectAsync(_processes, clock, cancellation);
            healthy = await HealthyAgainAsync(fault.Resource, cancellation);

            await Task.Delay(options.After, clock, cancellation);
        }
        finally
        {
            await stopSending.CancelAsync();
            giveUp.CancelAfter(options.Drain);
            await Task.WhenAll(clients);
        }

        return new Phase(name, struck, healthy);
    }

    private async Task ClientAsync(string phase, CancellationToken stopSending, CancellationToken giveUp)
    {
        // Off the caller's thread at once: the phase's timer must not wait for a client's first call.
        await Task.Yield();
        using var channel = system.OpenChannel();
        var delivery = new Delivery(new Api(channel), clock);
        while (!stopSending.IsCancellationRequested)
        {
            await delivery.DeliverAsync(log.Open(source.Next(), phase, clock.GetUtcNow()), giveUp);
        }
    }

    private async Task<DateTimeOffset?> HealthyAgainAsync(string resource, CancellationToken cancellation)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        within.CancelAfter(HealthyWithin);
        try
        {
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, within.Token);
            return clock.GetUtcNow();
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            // The clients' acknowledgements tell whether it recovered; the checks say what was lost.
            return null;
        }
    }
}
