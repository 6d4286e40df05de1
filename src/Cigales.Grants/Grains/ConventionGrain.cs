using Cigales.GrainInterfaces.Grants;
using Cigales.Grants.Domain;
using Cigales.ServiceKit.Storage;
using Marten;

namespace Cigales.Grants.Grains;

public sealed class ConventionGrain(IDocumentStore store, TimeProvider clock, ILogger<ConventionGrain> logger)
    : EventSourcedGrain<ConventionState, ConventionEvent>(store, logger), IConventionGrain
{
    public async Task<ConventionSnapshot> RegisterAsync(RegisterConvention command)
    {
        await CommitAsync(ConventionRules.Register(State, StreamId, command, clock.GetUtcNow()));
        return State.ToSnapshot()!;
    }

    public Task<ConventionSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());
}
