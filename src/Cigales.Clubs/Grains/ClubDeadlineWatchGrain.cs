using Cigales.Clubs.Domain;
using Cigales.Clubs.Mail;
using Cigales.Clubs.People;
using Cigales.Clubs.Projections;
using Cigales.Security;
using Cigales.ServiceKit.Mail;
using Cigales.SharedKernel;
using Marten;
using Microsoft.Extensions.Options;

namespace Cigales.Clubs.Grains;

/// <summary>
/// Watches every living club's deadlines: once a day (an Orleans reminder) it reads each club's
/// page and raises a notice for each deadline (<see cref="ClubDeadlines"/>) — once per
/// <see cref="ClubDeadline.Key"/>. One in the cluster: its key is <see cref="Key"/>.
/// </summary>
public interface IClubDeadlineWatchGrain : IGrainWithStringKey
{
    const string Key = "club-deadlines";

    /// <summary>Registers the daily reminder (idempotent).</summary>
    Task EnsureWatchingAsync();

    /// <summary>Scans as of a day; answers the deadlines raised by this scan (none twice).</summary>
    Task<IReadOnlyList<ClubDeadline>> ScanAsync(DateOnly asOf);
}

/// <summary>
/// A daily scan, as the Grants service's deadlines: each notice is a document stored in one
/// transaction with its mails (the outbox) to the club's officers — their addresses in the
/// person directory — and to the staff, so that a scan run twice, or on two silos, mails once.
/// </summary>
public sealed class ClubDeadlineWatchGrain(
    IDocumentStore store, PersonDirectory directory, IPeopleToNotify people, IOptions<MailOutboxOptions> mail, TimeProvider clock, ILogger<ClubDeadlineWatchGrain> logger)
    : Grain, IClubDeadlineWatchGrain, IRemindable
{
    private const string DailyScan = "daily-scan";

    public Task EnsureWatchingAsync() => this.RegisterOrUpdateReminder(DailyScan, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));

    public async Task<IReadOnlyList<ClubDeadline>> ScanAsync(DateOnly asOf)
    {
        await using var query = store.QuerySession();
        var clubs = await query.Query<ClubView>().Where(view => view.Status != ClubStatus.Dissolved).Select(view => view.Id).ToListAsync();
        IReadOnlyList<Recipient>? staff = null;
        var raised = new List<ClubDeadline>();
        foreach (var clubId in clubs)
        {
            if (await GrainFactory.GetGrain<IClubGrain>(clubId).GetPageAsync(asOf) is not { } page)
            {
                continue;
            }

            foreach (var deadline in ClubDeadlines.For(page))
            {
                if (await query.LoadAsync<ClubNotice>(deadline.Key()) is not null)
                {
                    continue;
                }

                var named = await directory.GetManyAsync([.. page.Officers.Select(officer => officer.MemberId), deadline.MemberId], CancellationToken.None);
                var officers = page.Officers
                    .Select(officer => named.GetValueOrDefault(officer.MemberId))
                    .OfType<PersonRecord>()
                    .Where(person => person.Email.Length > 0)
                    .Select(person => new Recipient(person.Email, person.FullName));
                staff ??= await people.HoldingAsync(new Membership(Roles.Staff, string.Empty), CancellationToken.None);
                var memberName = named.GetValueOrDefault(deadline.MemberId) is { FullName.Length: > 0 } member ? member.FullName : deadline.MemberId;
                var mails = ClubDeadlineMails.For(deadline, memberName, [.. officers, .. staff], mail.Value.WebAppUrl, clock.GetUtcNow());
                if (await MailOutbox.RecordOnceAsync(store, new ClubNotice(deadline.Key(), deadline, clock.GetUtcNow()), mails))
                {
                    raised.Add(deadline);
                    logger.LogWarning("Club {ClubId}: {Kind} on {Date}", deadline.ClubId, deadline.Kind, deadline.Date);
                }
            }
        }

        return raised;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => ScanAsync(clock.Today());
}

/// <summary>A club deadline raised by the scan, kept so that it is raised once.</summary>
public sealed record ClubNotice(string Id, ClubDeadline Deadline, DateTimeOffset RaisedAt);

/// <summary>Starts the daily scan with the service; a failure is logged, the service keeps running.</summary>
public sealed class ClubDeadlineWatchStarter(IGrainFactory grains, ILogger<ClubDeadlineWatchStarter> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<IClubDeadlineWatchGrain>(IClubDeadlineWatchGrain.Key).EnsureWatchingAsync();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The daily scan of the clubs' deadlines could not be scheduled");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
