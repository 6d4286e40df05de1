using Cigales.Finance.Domain;
using Cigales.GrainInterfaces.Clubs;
using Cigales.GrainInterfaces.Finance;
using Cigales.ServiceKit.Storage;
using Marten;

namespace Cigales.Finance.Grains;

public sealed class ProjectHolderGrain(IDocumentStore store, TimeProvider clock, ILogger<ProjectHolderGrain> logger)
    : EventSourcedGrain<ProjectHolderState, ProjectHolderEvent>(store, logger), IProjectHolderGrain
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ProjectHolderSnapshot> RegisterAsync(RegisterProjectHolder command)
    {
        // The club lives in the Clubs service: ask its grain, wherever in the cluster it runs.
        var clubId = command.ReferringClubId.Trim();
        var clubExists = clubId.Length == 0 || (await UnknownClubsAsync([clubId])).Count == 0;

        await CommitAsync(ProjectHolderRules.Register(State, StreamId, command, clubExists, clock.GetUtcNow()));
        return State.ToSnapshot()!;
    }

    public Task<ProjectHolderSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());

    public async Task<ProjectHolderSnapshot> AdvanceAsync(AdvanceProjectHolder command)
    {
        var unknown = await UnknownClubsAsync(command.ClubIds);
        await CommitAsync(ProjectHolderRules.Advance(State, command, unknown, Today));
        return State.ToSnapshot()!;
    }

    public async Task<ProjectHolderSnapshot> DropAsync(DropProjectHolder command)
    {
        await CommitAsync(ProjectHolderRules.Drop(State, command, Today));
        return State.ToSnapshot()!;
    }

    private async Task<IReadOnlyCollection<string>> UnknownClubsAsync(IEnumerable<string> clubIds)
    {
        var unknown = new List<string>();
        foreach (var clubId in clubIds.Distinct())
        {
            if (await GrainFactory.GetGrain<IClubGrain>(clubId).GetAsync() is null)
            {
                unknown.Add(clubId);
            }
        }

        return unknown;
    }
}
