using Cigales.Clubs.Projections;
using Cigales.GrainInterfaces.Clubs;
using Marten;
using Orleans.Concurrency;

namespace Cigales.Clubs.Grains;

/// <summary>Names and existence of clubs for the other services, in one query of the clubs' read model (kept inline with their events).</summary>
[StatelessWorker]
public sealed class ClubDirectoryGrain(IDocumentStore store) : Grain, IClubDirectory
{
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> clubIds)
    {
        var ids = clubIds.Where(id => id.Trim().Length > 0).Distinct().ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, string>();
        }

        await using var session = store.QuerySession();
        var clubs = await session.LoadManyAsync<ClubView>(ids);
        return clubs.ToDictionary(club => club.Id, club => club.Name);
    }
}
