using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.ServiceKit.Tests;

[Collection(GrainCollection.Name)]
public sealed class EventSourcedGrainBehaviour(TallyCluster cluster)
{
    [Fact]
    public async Task StateIsRebuiltFromTheStreamOnActivation()
    {
        var tally = cluster.Grains.GetGrain<ITallyGrain>(Guid.NewGuid().ToString("N"));
        await tally.AddAsync(2);
        await tally.AddAsync(3);

        await cluster.DeactivateAllAsync();

        Assert.Equal(5, await tally.GetAsync());
    }

    [Fact]
    public async Task ARefusedCommandStoresNothingAndCrossesTheSiloWithItsRule()
    {
        var tally = cluster.Grains.GetGrain<ITallyGrain>(Guid.NewGuid().ToString("N"));
        await tally.AddAsync(1);
        var eventsBefore = await cluster.CountEventsAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => tally.AddAsync(-4));

        Assert.Equal(new Refusal(RefusalKind.InvalidArgument, "amount", "tally.positive", "amount must be more than zero"), refused.Refusal);
        Assert.Equal(eventsBefore, await cluster.CountEventsAsync());
        Assert.Equal(1, await tally.GetAsync());
    }

    /// <summary>
    /// A second writer (another activation during a membership change, a repair script) appends
    /// to the stream behind the grain's back: the grain's next append fails on the expected
    /// version, the caller gets ABORTED and nothing of that command is stored; the retry, on state
    /// reloaded from the stream, loses neither write.
    /// </summary>
    [Fact]
    public async Task AWriteBehindTheGrainsBackAbortsTheNextCommandAndLosesNoWrite()
    {
        var id = Guid.NewGuid().ToString("N");
        var tally = cluster.Grains.GetGrain<ITallyGrain>(id);
        await tally.AddAsync(1);
        await AppendBehindTheGrainsBackAsync(id, new Added(10));

        var aborted = await Assert.ThrowsAsync<RefusedException>(() => tally.AddAsync(100));
        var afterRetry = await tally.AddAsync(100);

        Assert.Equal(RefusalKind.Aborted, aborted.Kind);
        Assert.Equal(111, afterRetry);
        Assert.Equal(3, await StreamLengthAsync(id));
    }

    [Fact]
    public async Task TwoGrainsStartingTheSameStreamCannotBothSucceed()
    {
        var id = Guid.NewGuid().ToString("N");
        var tally = cluster.Grains.GetGrain<ITallyGrain>(id);
        Assert.Null(await tally.GetAsync()); // active, with an empty stream
        await AppendBehindTheGrainsBackAsync(id, new Added(7));

        var aborted = await Assert.ThrowsAsync<RefusedException>(() => tally.AddAsync(1));

        Assert.Equal(RefusalKind.Aborted, aborted.Kind);
        Assert.Equal(8, await tally.AddAsync(1));
    }

    private async Task AppendBehindTheGrainsBackAsync(string streamId, Added added)
    {
        await using var store = OpenStore();
        await using var session = store.LightweightSession();
        session.Events.Append(streamId, added);
        await session.SaveChangesAsync();
    }

    private async Task<int> StreamLengthAsync(string streamId)
    {
        await using var store = OpenStore();
        await using var session = store.QuerySession();
        return (await session.Events.FetchStreamAsync(streamId)).Count;
    }

    private DocumentStore OpenStore() => DocumentStore.For(options =>
    {
        options.Connection(cluster.ConnectionString);
        options.UseCigalesConventions();
    });
}
