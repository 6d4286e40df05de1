using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Grants;

namespace Cigales.Grants.Tests.Grains;

[Collection(GrainCollection.Name)]
public sealed class ConventionGrainBehaviour(GrantsCluster cluster)
{
    private static readonly RegisterConvention Convention2025 = new(
        "2025-02585",
        new Party("Département du Pas-de-Calais", "22620001200012"),
        new Party("Les Cigales des Hauts-de-France", "38035677400055"),
        990_000,
        new DateOnly(2025, 1, 1),
        new DateOnly(2025, 12, 31));

    [Fact]
    public async Task ARegisteredConventionOutlivesItsActivation()
    {
        var id = Guid.NewGuid().ToString("N");
        var registered = await cluster.Grains.GetGrain<IConventionGrain>(id).RegisterAsync(Convention2025);

        await cluster.DeactivateAllAsync();
        var reloaded = await cluster.Grains.GetGrain<IConventionGrain>(id).GetAsync();

        Assert.Equal(registered, reloaded);
        Assert.Equal(990_000, reloaded!.AmountCents);
    }

    [Fact]
    public async Task AnIdThatNamesNoConventionAnswersNothing()
    {
        Assert.Null(await cluster.Grains.GetGrain<IConventionGrain>(Guid.NewGuid().ToString("N")).GetAsync());
    }

    [Fact]
    public async Task ARefusedRegistrationStoresNothing()
    {
        var eventsBefore = await cluster.CountEventsAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => cluster.Grains
            .GetGrain<IConventionGrain>(Guid.NewGuid().ToString("N"))
            .RegisterAsync(Convention2025 with { AmountCents = -5 }));

        Assert.Equal("amount.cents", refused.Field);
        Assert.Equal(eventsBefore, await cluster.CountEventsAsync());
    }
}
