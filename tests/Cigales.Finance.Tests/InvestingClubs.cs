using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.Clubs.People;
using Marten;

namespace Cigales.Finance.Tests;

/// <summary>Clubs ready to invest, made through the Clubs grains as the Clubs service would.</summary>
internal static class InvestingClubs
{
    /// <summary>A club investing since <paramref name="since"/>, with five members and <paramref name="savingsCents"/> contributed that day.</summary>
    public static async Task<string> CreateAsync(IGrainFactory grains, IDocumentStore store, long savingsCents, DateOnly since, string name = "Cigales de la Canche")
    {
        var id = Guid.NewGuid().ToString("N");
        var club = grains.GetGrain<IClubGrain>(id);
        var created = since.AddDays(-30);
        await club.RegisterAsync(new RegisterClub(name, "", "62", "", created));

        var members = Enumerable.Range(1, 5).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        await using (var session = store.LightweightSession())
        {
            foreach (var member in members)
            {
                session.Store(new PersonRecord(member, $"Member of {name}", string.Empty, string.Empty, DateTimeOffset.UtcNow));
            }

            await session.SaveChangesAsync();
        }

        foreach (var member in members)
        {
            await club.JoinAsync(new JoinClub(member, created));
        }

        await club.AssignOfficerAsync(new AssignOfficer(OfficerRole.Manager, members[0], created));
        await club.AssignOfficerAsync(new AssignOfficer(OfficerRole.Treasurer, members[1], created));
        await club.AssignOfficerAsync(new AssignOfficer(OfficerRole.Secretary, members[2], created));
        await club.ChangeStatusAsync(new ChangeClubStatus(ClubStatus.Investing, since, "constituted"));
        if (savingsCents > 0)
        {
            await ContributeAsync(grains, id, members[3], savingsCents, since);
        }

        return id;
    }

    public static Task<ContributionReceipt> ContributeAsync(IGrainFactory grains, string clubId, string member, long cents, DateOnly on) =>
        grains.GetGrain<IClubGrain>(clubId).RecordContributionAsync(new RecordContribution(Guid.NewGuid().ToString(), member, YearMonth.Of(on), SharedKernel.Money.FromCents(cents), on));
}
