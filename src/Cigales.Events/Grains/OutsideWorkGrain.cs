using Cigales.Events.Domain;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.Events.Grains;

/// <summary>The single writer of a record of outside work: it asks the Grants grains which axes exist and which periods their conventions cover.</summary>
public sealed class OutsideWorkGrain(IDocumentStore store, TimeProvider clock, ILogger<OutsideWorkGrain> logger)
    : EventSourcedGrain<OutsideWorkState, OutsideWorkHappening>(store, logger), IOutsideWorkGrain
{
    public async Task<OutsideWorkSnapshot> RecordAsync(RecordOutsideWork command)
    {
        var axes = command.Entries.Select(entry => entry.Axis).ToList();
        await CommitAsync(OutsideWorkRules.Record(
            State, StreamId, command, await GrainFactory.UnknownAxesAsync(axes), await GrainFactory.PeriodsAsync(axes), clock.GetUtcNow(), clock.Today()));
        return State.ToSnapshot()!;
    }

    public Task<OutsideWorkSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());
}
