using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.GrainInterfaces.Clubs;

namespace Cigales.Clubs.Tests.Grains;

/// <summary>What the other services ask of the clubs by their ids: one call for many, from the read model.</summary>
[Collection(GrainCollection.Name)]
public sealed class ClubDirectoryBehaviour(ClubsCluster cluster)
{
    private async Task<string> ClubAsync(string name)
    {
        var id = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IClubGrain>(id).RegisterAsync(new RegisterClub(name, "Arras", "62", "", new DateOnly(2024, 1, 10)));
        return id;
    }

    [Fact]
    public async Task ManyClubsAreNamedInOneCallAndAnUnknownIdIsLeftOut()
    {
        var (canche, ternois) = (await ClubAsync("Cigales de la Canche"), await ClubAsync("Cigales du Ternois"));
        var unknown = Guid.NewGuid().ToString("N");

        var names = await cluster.Grains.GetGrain<IClubDirectory>(0).NamesAsync([canche, ternois, unknown, canche, " "]);

        Assert.Equal(
            new Dictionary<string, string> { [canche] = "Cigales de la Canche", [ternois] = "Cigales du Ternois" },
            names.OrderBy(name => name.Value).ToDictionary());
    }

    [Fact]
    public async Task NoIdsAskNothing() =>
        Assert.Empty(await cluster.Grains.GetGrain<IClubDirectory>(0).NamesAsync([]));
}
