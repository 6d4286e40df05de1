using Cigales.Events.Domain;
using Cigales.GrainInterfaces.Events;
using Cigales.ServiceKit.Storage;
using Marten;

namespace Cigales.Events.Grains;

public sealed class EventGrain(IDocumentStore store, TimeProvider clock, ILogger<EventGrain> logger)
    : EventSourcedGrain<EventState, EventHappening>(store, logger), IEventGrain
{
    public async Task<EventSnapshot> ScheduleAsync(ScheduleEvent command)
    {
        await CommitAsync(EventRules.Schedule(State, StreamId, command, clock.GetUtcNow()));
        return State.ToSnapshot()!;
    }

    public Task<EventSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());
}
