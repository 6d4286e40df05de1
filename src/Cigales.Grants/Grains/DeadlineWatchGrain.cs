using Cigales.Grants.Domain;
using Cigales.Grants.Projections;
using Cigales.SharedKernel;
using JasperFx;
using Marten;

namespace Cigales.Grants.Grains;

/// <summary>
/// A daily scan rather than a reminder per deadline: deadlines move (amendments, extensions,
/// payments, reports) and a scan of a few dozen conventions reads them as they are that day,
/// where per-deadline reminders would have to follow every change. Notifications are documents
/// keyed by convention, item, day and state: a scan run twice, or on two silos after a failover,
/// raises each once.
/// </summary>
public sealed class DeadlineWatchGrain(IDocumentStore store, TimeProvider clock, ILogger<DeadlineWatchGrain> logger)
    : Grain, IDeadlineWatchGrain, IRemindable
{
    private const string DailyScan = "daily-scan";

    public Task EnsureWatchingAsync() => this.RegisterOrUpdateReminder(DailyScan, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));

    public async Task<IReadOnlyList<DeadlineNotice>> ScanAsync(DateOnly asOf)
    {
        await using var query = store.QuerySession();
        var conventions = await query.Query<ConventionView>().ToListAsync();
        var raised = new List<DeadlineNotice>();
        foreach (var obligation in conventions.SelectMany(view => Obligations.For(view.ToSnapshot(), asOf)))
        {
            if (obligation.State == ObligationState.Upcoming)
            {
                continue;
            }

            var notice = new DeadlineNotice(
                obligation.ConventionId, obligation.FileNumber, obligation.Kind.ToString(), obligation.Date, obligation.State.ToString(), obligation.What, asOf);
            var id = $"{notice.ConventionId}:{notice.Kind}:{notice.Date:yyyy-MM-dd}:{notice.State}";
            if (await query.LoadAsync<NotificationRecord>(id) is null && await StoreAsync(new NotificationRecord(id, notice, clock.GetUtcNow())))
            {
                raised.Add(notice);
                logger.LogWarning("Convention {FileNumber}: {Kind} {State} on {Date}: {What}", notice.FileNumber, notice.Kind, notice.State, notice.Date, notice.What);
            }
        }

        return raised;
    }

    /// <summary>
    /// Stores a notification in a transaction of its own, so that one another scan raised meanwhile
    /// (two silos after a failover) costs only itself, not the rest of the scan; false when it exists.
    /// </summary>
    private async Task<bool> StoreAsync(NotificationRecord record)
    {
        await using var session = store.LightweightSession();
        session.Insert(record);
        try
        {
            await session.SaveChangesAsync();
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        ScanAsync(clock.Today());
}

/// <summary>A notification raised by the scan, kept so that it is raised once and can be listed.</summary>
public sealed record NotificationRecord(string Id, DeadlineNotice Notice, DateTimeOffset RaisedAt);

/// <summary>Starts the daily scan with the service; a failure is logged, the service keeps running.</summary>
public sealed class DeadlineWatchStarter(IGrainFactory grains, ILogger<DeadlineWatchStarter> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<IDeadlineWatchGrain>(IDeadlineWatchGrain.Key).EnsureWatchingAsync();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The daily deadline scan could not be scheduled");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
