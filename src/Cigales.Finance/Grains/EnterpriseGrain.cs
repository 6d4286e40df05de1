using Cigales.Finance.Domain;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.Finance.Grains;

/// <summary>The single writer of an enterprise's stream: its stakes' limits hold whichever clubs invest at once.</summary>
public sealed class EnterpriseGrain(IDocumentStore store, TimeProvider clock, ILogger<EnterpriseGrain> logger)
    : EventSourcedGrain<EnterpriseState, EnterpriseEvent>(store, logger), IEnterpriseGrain
{
    public async Task<EnterpriseSnapshot> RegisterAsync(RegisterEnterprise command)
    {
        var holderId = command.HolderId.Trim();
        var holderExists = holderId.Length == 0 || await GrainFactory.GetGrain<IProjectHolderGrain>(holderId).GetAsync() is not null;
        await CommitAsync(EnterpriseRules.Register(State, StreamId, command, holderExists, clock.GetUtcNow()));
        return State.ToSnapshot()!;
    }

    public Task<EnterpriseSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());

    public Task AllocateAsync(AllocateStake command) => CommitAsync(EnterpriseRules.Allocate(State, command));

    public Task ConfirmAsync(string investmentId, DateOnly on) => CommitAsync(EnterpriseRules.Confirm(State, investmentId, on));

    public Task ReleaseAsync(string investmentId, DateOnly on) => CommitAsync(EnterpriseRules.Release(State, investmentId, on));

    public async Task<EnterpriseSnapshot> RecordCoFinancingAsync(RecordCoFinancing command)
    {
        await CommitAsync(EnterpriseRules.RecordCoFinancing(State, command, clock.Today()));
        return State.ToSnapshot()!;
    }
}
