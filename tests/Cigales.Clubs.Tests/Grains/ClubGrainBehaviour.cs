using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Grains;

[Collection(GrainCollection.Name)]
public sealed class ClubGrainBehaviour(ClubsCluster cluster)
{
    private static readonly RegisterClub Canche = new("Cigales de la Canche", "", "62", "Montreuillois");

    [Fact]
    public async Task ARegisteredClubOutlivesItsActivation()
    {
        var id = Guid.NewGuid().ToString("N");
        var registered = await cluster.Grains.GetGrain<IClubGrain>(id).RegisterAsync(Canche);

        await cluster.DeactivateAllAsync();
        var reloaded = await cluster.Grains.GetGrain<IClubGrain>(id).GetAsync();

        Assert.Equal(registered, reloaded);
        Assert.Equal(("Cigales de la Canche", ClubStatus.Forming), (reloaded!.Name, reloaded.Status));
    }

    [Fact]
    public async Task AnIdThatNamesNoClubAnswersNothing()
    {
        Assert.Null(await cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N")).GetAsync());
    }

    [Fact]
    public async Task ARetriedRegistrationStoresOneEventAndAnswersTheFirstOutcome()
    {
        var club = cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N"));
        var first = await club.RegisterAsync(Canche);
        var eventsAfterFirst = await cluster.CountEventsAsync();

        var retry = await club.RegisterAsync(Canche);

        Assert.Equal(first, retry);
        Assert.Equal(eventsAfterFirst, await cluster.CountEventsAsync());
    }

    [Fact]
    public async Task ARefusalCrossesTheSiloBoundaryWithItsFieldAndRule()
    {
        var eventsBefore = await cluster.CountEventsAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(
            () => cluster.Grains.GetGrain<IClubGrain>(Guid.NewGuid().ToString("N")).RegisterAsync(Canche with { Name = " " }));

        Assert.Equal(new Refusal(RefusalKind.InvalidArgument, "name", "club.name_required", "name must not be blank"), refused.Refusal);
        Assert.Equal(eventsBefore, await cluster.CountEventsAsync());
    }
}
