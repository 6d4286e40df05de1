using Cigales.Grants.Grains;
using Cigales.Security;
using Cigales.ServiceDefaults.Mail;
using Cigales.ServiceKit.Mail;
using Cigales.Testing;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Grains;

/// <summary>
/// Deadlines leave the system by mail, through a real SMTP server (smtp4dev): to the staff and the
/// funder's officers, in French, once — whatever the scans, senders and retries.
/// </summary>
[Collection(GrainCollection.Name)]
public sealed class DeadlineMailsGoOutOnce(GrantsCluster cluster, SmtpServer smtp) : IClassFixture<SmtpServer>
{
    private static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>A sender of the outbox, as one silo's delivery is (a new one is a restarted silo).</summary>
    private MailOutbox Outbox(TimeSpan? retryAfter = null, int? port = null) => new(
        cluster.Store,
        new MailSender(Options.Create(new SmtpOptions { Host = smtp.Host, Port = port ?? smtp.Port }), NullLogger<MailSender>.Instance),
        TimeProvider.System,
        Options.Create(new MailOutboxOptions { RetryAfter = retryAfter ?? TimeSpan.FromMinutes(2) }),
        NullLogger<MailOutbox>.Instance);

    /// <summary>A signed 2025 convention of a funder of its own, whose officer is known by address.</summary>
    private async Task<(string ConventionId, Recipient Officer)> SignedConventionAsync()
    {
        var (funder, beneficiary, line, id) = (NewId(), NewId(), NewId(), NewId());
        await cluster.Grains.GetGrain<IOrganisationGrain>(funder).RegisterAsync(Funder);
        await cluster.Grains.GetGrain<IOrganisationGrain>(beneficiary).RegisterAsync(Beneficiary);
        await cluster.Grains.GetGrain<IBudgetLineGrain>(line).OpenAsync(BudgetLine(funder));
        var convention = cluster.Grains.GetGrain<IConventionGrain>(id);
        await convention.DraftAsync(Terms(funder, beneficiary, line));
        await convention.RecordReportAsync(Report);
        await convention.RecordDeliberationAsync(AdoptedDeliberation);
        await convention.SignAsync(new DateOnly(2025, 6, 2));
        var officer = new Recipient($"agent-{funder}@departement.test", "Thomas Dupont");
        KnownPeople.Register(new Membership(Roles.Funder, funder), officer);
        return (id, officer);
    }

    [Fact]
    public async Task EachDeadlineIsMailedOnceToTheStaffAndTheFundersOfficerInFrench()
    {
        var (id, officer) = await SignedConventionAsync();
        var watch = cluster.Grains.GetGrain<IDeadlineWatchGrain>(IDeadlineWatchGrain.Key);

        var raised = (await watch.ScanAsync(new DateOnly(2025, 6, 10))).Where(notice => notice.ConventionId == id).ToList();
        await watch.ScanAsync(new DateOnly(2025, 6, 10));
        // Two silos deliver at once, then a restarted one again.
        await Task.WhenAll(Outbox().DeliverPendingAsync(CancellationToken.None), Outbox().DeliverPendingAsync(CancellationToken.None));
        await Outbox().DeliverPendingAsync(CancellationToken.None);

        var toOfficer = await smtp.Inbox.AllToAsync(officer.Address, raised.Count + 1);
        var toStaff = (await smtp.Inbox.AllToAsync(KnownPeople.Staff.Address, int.MaxValue)).Where(mail => mail.Text.Contains($"/conventions/{id}", StringComparison.Ordinal)).ToList();
        Assert.Contains(raised, notice => (notice.Kind, notice.State) == ("Payment", "Late"));
        Assert.Contains(raised, notice => (notice.Kind, notice.State) == ("ExtensionWindow", "Upcoming"));
        Assert.Equal(raised.Count, toOfficer.Count);
        Assert.Equal(toOfficer.Select(mail => mail.Subject).Order(), toStaff.Select(mail => mail.Subject).Order());
        var payment = Assert.Single(toOfficer, mail => mail.Subject.Contains("versement", StringComparison.Ordinal));
        Assert.Equal("Convention 2025-02585 : versement en retard (échéance du 2 juin 2025)", payment.Subject);
        Assert.Contains("Bonjour Thomas Dupont,", payment.Text, StringComparison.Ordinal);
        Assert.Contains("Une tranche de la subvention est attendue.", payment.Text, StringComparison.Ordinal);
        Assert.Contains($"Dans l'application : {GrantsSilo.WebApp}/conventions/{id}", payment.Text, StringComparison.Ordinal);
        Assert.Contains(toOfficer, mail => mail.Subject.Contains("fin du délai de demande de prorogation à venir", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMailTheServerCouldNotTakeIsSentOnALaterRoundAndOnlyThen()
    {
        var (id, officer) = await SignedConventionAsync();
        var raised = (await cluster.Grains.GetGrain<IDeadlineWatchGrain>(IDeadlineWatchGrain.Key).ScanAsync(new DateOnly(2025, 6, 10)))
            .Count(notice => notice.ConventionId == id);

        // The server out of reach: every try fails, and the mails wait.
        await Outbox(port: FreePort.Next()).DeliverPendingAsync(CancellationToken.None);
        // A try too recent is not doubled (it may still be running in another silo)...
        await Outbox().DeliverPendingAsync(CancellationToken.None);
        var beforeRetry = await smtp.Inbox.AllToAsync(officer.Address, 1);
        // ...and once its time has passed, the mails go, once.
        await Outbox(retryAfter: TimeSpan.Zero).DeliverPendingAsync(CancellationToken.None);
        await Outbox(retryAfter: TimeSpan.Zero).DeliverPendingAsync(CancellationToken.None);
        var after = await smtp.Inbox.AllToAsync(officer.Address, raised + 1);

        Assert.Empty(beforeRetry);
        Assert.Equal(raised, after.Count);
        await using var query = cluster.Store.QuerySession();
        var mails = await query.Query<OutgoingMail>().Where(mail => mail.Mail.To == officer.Address).ToListAsync();
        Assert.Equal(raised, mails.Count);
        Assert.All(mails, mail => Assert.NotNull(mail.SentAt));
    }
}
