using Cigales.Finance.Domain;
using Cigales.GrainInterfaces.Clubs;
using Cigales.GrainInterfaces.Finance;
using Cigales.ServiceKit.Storage;
using Marten;

namespace Cigales.Finance.Grains;

public sealed class ProjectHolderGrain(IDocumentStore store, TimeProvider clock, ILogger<ProjectHolderGrain> logger)
    : EventSourcedGrain<ProjectHolderState, ProjectHolderEvent>(store, logger), IProjectHolderGrain
{
    public async Task<ProjectHolderSnapshot> RegisterAsync(RegisterProjectHolder command)
    {
        // The club lives in the Clubs service: ask its grain, wherever in the cluster it runs.
        var clubId = command.ReferringClubId.Trim();
        var clubExists = clubId.Length == 0 || await GrainFactory.GetGrain<IClubGrain>(clubId).GetAsync() is not null;

        await CommitAsync(ProjectHolderRules.Register(State, StreamId, command, clubExists, clock.GetUtcNow()));
        return State.ToSnapshot()!;
    }

    public Task<ProjectHolderSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());
}
