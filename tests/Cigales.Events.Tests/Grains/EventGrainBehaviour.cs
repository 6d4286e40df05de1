using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Events;

namespace Cigales.Events.Tests.Grains;

[Collection(GrainCollection.Name)]
public sealed class EventGrainBehaviour(EventsCluster cluster)
{
    private static readonly ScheduleEvent Regional = new(
        EventKind.Regional,
        "Balance ta finance : je choisis (vraiment) où va mon argent !",
        new DateOnly(2024, 11, 13),
        new DateOnly(2024, 11, 13),
        ["Carvin"],
        "");

    [Fact]
    public async Task AScheduledEventOutlivesItsActivation()
    {
        var id = Guid.NewGuid().ToString("N");
        var scheduled = await cluster.Grains.GetGrain<IEventGrain>(id).ScheduleAsync(Regional);

        await cluster.DeactivateAllAsync();
        var reloaded = await cluster.Grains.GetGrain<IEventGrain>(id).GetAsync();

        Assert.Equal(scheduled.Title, reloaded!.Title);
        Assert.Equal(["Carvin"], reloaded.Places);
        Assert.Equal(scheduled.RegisteredAt, reloaded.RegisteredAt);
    }

    [Fact]
    public async Task ARefusedSchedulingStoresNothing()
    {
        var eventsBefore = await cluster.CountEventsAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => cluster.Grains
            .GetGrain<IEventGrain>(Guid.NewGuid().ToString("N"))
            .ScheduleAsync(Regional with { Title = "" }));

        Assert.Equal("title", refused.Field);
        Assert.Equal(eventsBefore, await cluster.CountEventsAsync());
    }
}
