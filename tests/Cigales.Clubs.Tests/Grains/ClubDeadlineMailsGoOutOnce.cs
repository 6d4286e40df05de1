using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.ServiceDefaults.Mail;
using Cigales.ServiceKit.Mail;
using Cigales.SharedKernel;
using Cigales.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cigales.Clubs.Tests.Grains;

/// <summary>
/// A club's deadlines leave the system by mail, through a real SMTP server (smtp4dev): to the
/// club's officers and the staff, in French, once — whatever the scans and senders.
/// </summary>
[Collection(GrainCollection.Name)]
public sealed class ClubDeadlineMailsGoOutOnce(ClubsCluster cluster, SmtpServer smtp) : IClassFixture<SmtpServer>
{
    private static readonly DateOnly Created = new(2024, 1, 10);

    private MailOutbox Outbox() => new(
        cluster.Store,
        new MailSender(Options.Create(new SmtpOptions { Host = smtp.Host, Port = smtp.Port }), NullLogger<MailSender>.Instance),
        TimeProvider.System,
        Options.Create(new MailOutboxOptions()),
        NullLogger<MailOutbox>.Instance);

    [Fact]
    public async Task TheMandateToRenewAndAMemberInArrearsAreMailedOnceToTheOfficersAndTheStaff()
    {
        var clubId = Guid.NewGuid().ToString("N");
        var club = cluster.Grains.GetGrain<IClubGrain>(clubId);
        await club.RegisterAsync(new RegisterClub("Cigales de la Canche", "", "62", "Montreuillois", Created));
        var names = new[] { "Agnès Delattre", "Martine Lefebvre", "Paul Caron", "Julien Morel", "Léa Petit" };
        var people = new List<(string Id, string Email)>();
        foreach (var name in names)
        {
            var email = $"{Guid.NewGuid():N}@canche.test";
            people.Add(((await cluster.People.RegisterAsync(Guid.NewGuid().ToString("N"), name, email, "", CancellationToken.None)).Id, email));
            await club.JoinAsync(new JoinClub(people[^1].Id, Created));
        }

        await club.AssignOfficerAsync(new AssignOfficer(OfficerRole.Manager, people[0].Id, Created));
        await club.AssignOfficerAsync(new AssignOfficer(OfficerRole.Treasurer, people[1].Id, Created));
        await club.AssignOfficerAsync(new AssignOfficer(OfficerRole.Secretary, people[2].Id, Created));
        await club.ChangeStatusAsync(new ChangeClubStatus(ClubStatus.Investing, new DateOnly(2024, 2, 1), "assemblée générale"));
        await club.SetPledgeAsync(new SetPledge(people[3].Id, Money.FromEuros(20), new YearMonth(2024, 2)));
        var mandateEnds = (await club.GetPageAsync(Created))!.Officers.Single(officer => officer.Role == OfficerRole.Manager).MandateEndsOn!.Value;
        var watch = cluster.Grains.GetGrain<IClubDeadlineWatchGrain>(IClubDeadlineWatchGrain.Key);

        var raised = (await watch.ScanAsync(mandateEnds.AddDays(-10))).Where(deadline => deadline.ClubId == clubId).ToList();
        var again = (await watch.ScanAsync(mandateEnds.AddDays(-9))).Where(deadline => deadline.ClubId == clubId);
        await Task.WhenAll(Outbox().DeliverPendingAsync(CancellationToken.None), Outbox().DeliverPendingAsync(CancellationToken.None));
        await Outbox().DeliverPendingAsync(CancellationToken.None);

        Assert.Equal([ClubDeadlineKind.ManagerMandate, ClubDeadlineKind.Arrears], raised.Select(deadline => deadline.Kind));
        Assert.Empty(again);
        var toManager = await smtp.Inbox.AllToAsync(people[0].Email, 3);
        var toTreasurer = await smtp.Inbox.AllToAsync(people[1].Email, 2);
        var toStaff = (await smtp.Inbox.AllToAsync(KnownPeople.Staff.Address, int.MaxValue)).Where(mail => mail.Text.Contains($"/clubs/{clubId}", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, toManager.Count);
        Assert.Equal(toManager.Select(mail => mail.Subject), toTreasurer.Select(mail => mail.Subject));
        Assert.Equal(toManager.Select(mail => mail.Subject).Order(), toStaff.Select(mail => mail.Subject).Order());
        Assert.Empty(await smtp.Inbox.AllToAsync(people[3].Email, 0));
        var mandate = Assert.Single(toManager, mail => mail.Subject.Contains("mandat", StringComparison.Ordinal));
        Assert.Equal($"Club Cigales de la Canche : mandat du gérant à renouveler ({MailText.Date(mandateEnds)})", mandate.Subject);
        Assert.Contains("Bonjour Agnès Delattre,", mandate.Text, StringComparison.Ordinal);
        Assert.Contains($"Dans l'application : {ClubsSilo.WebApp}/clubs/{clubId}", mandate.Text, StringComparison.Ordinal);
        var arrears = Assert.Single(toManager, mail => mail.Subject.Contains("retard", StringComparison.Ordinal));
        Assert.Equal("Club Cigales de la Canche : Julien Morel a deux mois de versements en retard", arrears.Subject);
    }
}
