using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;
using Microsoft.Extensions.Logging;

namespace Cigales.ServiceKit.Tests;

// The smallest event-sourced aggregate, to test the grain base class on its own.

public interface ITallyGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int amount);

    Task<int?> GetAsync();
}

public sealed record Added(int Amount);

public sealed record Tally(int Total, int Additions) : IEventSourced<Tally, Added>
{
    public static Tally Initial { get; } = new(0, 0);

    public Tally Apply(Added @event) => new(Total + @event.Amount, Additions + 1);

    public static Decision<Added> Add(int amount) => amount > 0
        ? Decision<Added>.Accept(new Added(amount))
        : Refusal.Invalid("amount", "tally.positive", "amount must be more than zero");
}

public sealed class TallyGrain(IDocumentStore store, ILogger<TallyGrain> logger)
    : EventSourcedGrain<Tally, Added>(store, logger), ITallyGrain
{
    public async Task<int> AddAsync(int amount)
    {
        await CommitAsync(Tally.Add(amount));
        return State.Total;
    }

    public Task<int?> GetAsync() => Task.FromResult<int?>(Version == 0 ? null : State.Total);
}
