using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces.Clubs;
using Cigales.ServiceKit.Storage;
using Marten;

namespace Cigales.Clubs.Grains;

public sealed class ClubGrain(IDocumentStore store, TimeProvider clock, ILogger<ClubGrain> logger)
    : EventSourcedGrain<ClubState, ClubEvent>(store, logger), IClubGrain
{
    public async Task<ClubSnapshot> RegisterAsync(RegisterClub command)
    {
        await CommitAsync(ClubRules.Register(State, StreamId, command, clock.GetUtcNow()));
        return State.ToSnapshot()!;
    }

    public Task<ClubSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());
}
