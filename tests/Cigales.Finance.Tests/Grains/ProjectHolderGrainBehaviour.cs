using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.GrainInterfaces;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Grains;

[Collection(GrainCollection.Name)]
public sealed class ProjectHolderGrainBehaviour(FinanceCluster cluster)
{
    private static readonly RegisterProjectHolder Madjikarite = new("Madjikarité", "Savonnerie d'insertion", "Fouquières-lès-Lens", "");

    [Fact]
    public async Task AHolderSentByAnExistingClubIsRegisteredWithIt()
    {
        var clubId = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IClubGrain>(clubId).RegisterAsync(new RegisterClub("Ch'ti Karité", "Lens", "62", ""));

        var holder = await cluster.Grains.GetGrain<IProjectHolderGrain>(Guid.NewGuid().ToString("N"))
            .RegisterAsync(Madjikarite with { ReferringClubId = clubId });

        Assert.Equal((clubId, PipelineStage.Welcomed), (holder.ReferringClubId, holder.Stage));
    }

    [Fact]
    public async Task AHolderSentByAClubThatDoesNotExistIsRefusedAndNothingIsStored()
    {
        var eventsBefore = await cluster.CountEventsAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => cluster.Grains
            .GetGrain<IProjectHolderGrain>(Guid.NewGuid().ToString("N"))
            .RegisterAsync(Madjikarite with { ReferringClubId = "no-such-club" }));

        Assert.Equal((RefusalKind.NotFound, "referring_club_id"), (refused.Kind, refused.Field));
        Assert.Equal(eventsBefore, await cluster.CountEventsAsync());
    }

    [Fact]
    public async Task APitchAskedAgainByTheSameEventIsAnsweredAsMovedOnce()
    {
        var id = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IProjectHolderGrain>(id).RegisterAsync(Madjikarite);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var pipeline = cluster.Grains.GetGrain<GrainInterfaces.Finance.IHolderPipeline>(id);

        var first = await pipeline.PitchedAtAsync("pitch-night", today);
        var retry = await pipeline.PitchedAtAsync("pitch-night", today);
        var unknown = await cluster.Grains.GetGrain<GrainInterfaces.Finance.IHolderPipeline>(Guid.NewGuid().ToString("N")).PitchedAtAsync("pitch-night", today);

        Assert.Equal((true, true), (first.Moved, retry.Moved));
        Assert.Single((await cluster.Grains.GetGrain<IProjectHolderGrain>(id).GetAsync())!.Steps, step => step.Stage == PipelineStage.Pitched);
        Assert.False(unknown.Moved);
        Assert.Contains("no project holder", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARegisteredHolderOutlivesTheirActivation()
    {
        var id = Guid.NewGuid().ToString("N");
        var registered = await cluster.Grains.GetGrain<IProjectHolderGrain>(id).RegisterAsync(Madjikarite);

        await cluster.DeactivateAllAsync();

        var reloaded = await cluster.Grains.GetGrain<IProjectHolderGrain>(id).GetAsync();

        IReadOnlyList<PipelineStep> none = [];
        Assert.Equal(registered with { Steps = none }, reloaded! with { Steps = none });
        Assert.Equivalent(registered.Steps, reloaded.Steps, strict: true);
    }
}
