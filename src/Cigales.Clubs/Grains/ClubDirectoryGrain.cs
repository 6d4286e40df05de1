using Cigales.Clubs.Domain;
using Cigales.Clubs.Projections;
using Cigales.GrainInterfaces.Clubs;
using Marten;
using Orleans.Concurrency;

namespace Cigales.Clubs.Grains;

/// <summary>Names, places and existence of clubs for the other services, in one query of the clubs' read model (kept inline with their events).</summary>
[StatelessWorker]
public sealed class ClubDirectoryGrain(IDocumentStore store) : Grain, IClubDirectory
{
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> clubIds) =>
        (await LoadAsync(clubIds)).ToDictionary(club => club.Id, club => club.Name);

    public async Task<IReadOnlyList<ClubPlace>> PlacesAsync(IReadOnlyCollection<string> clubIds) =>
        [.. (await LoadAsync(clubIds)).Select(PlaceOf)];

    public async Task<IReadOnlyList<ClubPlace>> ActiveInDepartmentAsync(string department)
    {
        await using var session = store.QuerySession();
        var clubs = await session.Query<ClubView>()
            .Where(club => club.Department == department && (club.Status == ClubStatus.Forming || club.Status == ClubStatus.Investing))
            .OrderBy(club => club.SortKey)
            .ToListAsync();
        return [.. clubs.Select(PlaceOf)];
    }

    private async Task<IReadOnlyList<ClubView>> LoadAsync(IReadOnlyCollection<string> clubIds)
    {
        var ids = clubIds.Where(id => id.Trim().Length > 0).Distinct().ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        await using var session = store.QuerySession();
        return await session.LoadManyAsync<ClubView>(ids);
    }

    private static ClubPlace PlaceOf(ClubView club) => new(club.Id, club.Name, club.Commune, club.Department, club.Territory);
}
