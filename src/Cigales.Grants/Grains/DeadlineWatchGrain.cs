using Cigales.Grants.Domain;
using Cigales.Grants.Mail;
using Cigales.Grants.Projections;
using Cigales.Security;
using Cigales.ServiceKit.Mail;
using Cigales.SharedKernel;
using Marten;
using Microsoft.Extensions.Options;

namespace Cigales.Grants.Grains;

/// <summary>
/// A daily scan rather than a reminder per deadline: deadlines move (amendments, extensions,
/// payments, reports) and a scan of a few dozen conventions reads them as they are that day,
/// where per-deadline reminders would have to follow every change. Notifications are documents
/// keyed by convention, item, day and state: a scan run twice, or on two silos after a failover,
/// raises each once. Each is stored with its mails (the outbox, <see cref="MailOutbox"/>) in one
/// transaction: to the staff and to the funder's officers, as the accounts say on the day it is raised.
/// </summary>
public sealed class DeadlineWatchGrain(
    IDocumentStore store, IPeopleToNotify people, IOptions<MailOutboxOptions> mail, TimeProvider clock, ILogger<DeadlineWatchGrain> logger)
    : Grain, IDeadlineWatchGrain, IRemindable
{
    private const string DailyScan = "daily-scan";

    public Task EnsureWatchingAsync() => this.RegisterOrUpdateReminder(DailyScan, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));

    public async Task<IReadOnlyList<DeadlineNotice>> ScanAsync(DateOnly asOf)
    {
        await using var query = store.QuerySession();
        var conventions = (await query.Query<ConventionView>().ToListAsync()).Select(view => view.ToSnapshot()).ToDictionary(convention => convention.ConventionId);
        var names = (await query.Query<OrganisationView>().ToListAsync()).ToDictionary(view => view.Id, view => view.Details.Name);
        var recipients = new Dictionary<Membership, IReadOnlyList<Recipient>>();
        async Task<IReadOnlyList<Recipient>> HoldingAsync(Membership membership) =>
            recipients.TryGetValue(membership, out var known) ? known : recipients[membership] = await people.HoldingAsync(membership, CancellationToken.None);

        var raised = new List<DeadlineNotice>();
        foreach (var obligation in conventions.Values.SelectMany(convention => Obligations.For(convention, asOf)))
        {
            var notice = new DeadlineNotice(
                obligation.ConventionId, obligation.FileNumber, obligation.Kind.ToString(), obligation.Date, obligation.State.ToString(), obligation.What, asOf);
            var id = $"{notice.ConventionId}:{notice.Kind}:{notice.Date:yyyy-MM-dd}:{notice.State}";
            if (await query.LoadAsync<NotificationRecord>(id) is not null)
            {
                continue;
            }

            var terms = conventions[notice.ConventionId].Terms;
            var mails = DeadlineMails.For(
                id,
                notice,
                names.GetValueOrDefault(terms.Beneficiary.OrganisationId, terms.Beneficiary.OrganisationId),
                [.. await HoldingAsync(new Membership(Roles.Staff, string.Empty)), .. await HoldingAsync(new Membership(Roles.Funder, terms.Funder.OrganisationId))],
                mail.Value.WebAppUrl,
                clock.GetUtcNow());
            if (await MailOutbox.RecordOnceAsync(store, new NotificationRecord(id, notice, clock.GetUtcNow()), mails))
            {
                raised.Add(notice);
                logger.LogWarning("Convention {FileNumber}: {Kind} {State} on {Date}: {What}", notice.FileNumber, notice.Kind, notice.State, notice.Date, notice.What);
            }
        }

        return raised;
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
