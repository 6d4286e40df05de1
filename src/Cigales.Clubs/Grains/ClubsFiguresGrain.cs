using Cigales.Clubs.Domain;
using Cigales.Clubs.Projections;
using Cigales.GrainInterfaces.Reports;
using Cigales.SharedKernel;
using Marten;
using Orleans.Concurrency;

namespace Cigales.Clubs.Grains;

/// <summary>The clubs' figures the reports need, from this service's read model; stateless, so any Clubs silo answers.</summary>
[StatelessWorker]
public sealed class ClubsFiguresGrain(IDocumentStore store, TimeProvider clock) : Grain, IClubsFigures
{
    public async Task<ClubsYear> YearAsync(int year, string department)
    {
        var today = clock.Today();
        var asOf = new DateOnly(year, 12, 31) is var end && end > today ? today : end;
        var clubs = await ClubsAsync(department);
        var figures = NetworkFigures.Compute(clubs.Select(club => club.ToTimeline()).ToList(), asOf, year);
        return new ClubsYear(
            year, asOf, department, figures.FormingClubs, figures.InvestingClubs, figures.InvestingClubsDuringYear, figures.ManagingClubs,
            figures.ManagingClubsDuringYear, figures.Members, figures.MembersOfInvestingClubs, figures.AverageMembersPerClub,
            clubs.Count(club => club.CreatedOn.Year == year && club.CreatedOn <= asOf));
    }

    public async Task<IReadOnlyList<ClubCreated>> CreatedAsync(DateOnly from, DateOnly to, string department) =>
        (await ClubsAsync(department))
            .Where(club => club.CreatedOn >= from && club.CreatedOn <= to)
            .OrderBy(club => club.CreatedOn)
            .Select(club => new ClubCreated(club.Id, club.Name, club.Department, club.CreatedOn))
            .ToList();

    private async Task<IReadOnlyList<ClubView>> ClubsAsync(string department)
    {
        await using var session = store.QuerySession();
        var clubs = department.Length == 0 ? session.Query<ClubView>() : session.Query<ClubView>().Where(club => club.Department == department);
        return await clubs.ToListAsync();
    }
}
