using Cigales.Grants.Domain;
using Cigales.ServiceKit.Storage;
using Marten;

namespace Cigales.Grants.Grains;

public sealed class OrganisationGrain(IDocumentStore store, TimeProvider clock, ILogger<OrganisationGrain> logger)
    : EventSourcedGrain<OrganisationState, OrganisationEvent>(store, logger), IOrganisationGrain
{
    public async Task<OrganisationSnapshot> RegisterAsync(RegisterOrganisation command)
    {
        await CommitAsync(OrganisationRules.Register(State, StreamId, command, clock.GetUtcNow()));
        return State.ToSnapshot()!;
    }

    public Task<OrganisationSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());
}

/// <summary>The single writer of a budget line: charges are checked one at a time, so the line never goes below zero.</summary>
public sealed class BudgetLineGrain(IDocumentStore store, ILogger<BudgetLineGrain> logger)
    : EventSourcedGrain<BudgetLineState, BudgetLineEvent>(store, logger), IBudgetLineGrain
{
    public async Task<BudgetLineSnapshot> OpenAsync(OpenBudgetLine command)
    {
        var funderExists = await GrainFactory.GetGrain<IOrganisationGrain>(command.FunderId).GetAsync() is not null;
        await CommitAsync(BudgetLineRules.Open(State, StreamId, command, funderExists));
        return State.ToSnapshot()!;
    }

    public Task<BudgetLineSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());

    public async Task<BudgetLineSnapshot> ChargeAsync(BudgetCharge command)
    {
        await CommitAsync(BudgetLineRules.Charge(State, command));
        return State.ToSnapshot()!;
    }

    public async Task<BudgetLineSnapshot> ReleaseAsync(BudgetCharge command)
    {
        await CommitAsync(BudgetLineRules.Release(State, command));
        return State.ToSnapshot()!;
    }
}
