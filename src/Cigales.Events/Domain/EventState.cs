using Cigales.GrainInterfaces.Events;
using Cigales.SharedKernel;

namespace Cigales.Events.Domain;

/// <summary>An event as its history made it; <see cref="Scheduling"/> is null until it is scheduled.</summary>
public sealed record EventState(EventScheduled? Scheduling) : IEventSourced<EventState, EventHappening>
{
    public static EventState Initial { get; } = new((EventScheduled?)null);

    public bool Exists => Scheduling is not null;

    public EventState Apply(EventHappening happening) => happening switch
    {
        EventScheduled scheduled => this with { Scheduling = scheduled },
        _ => throw new ArgumentOutOfRangeException(nameof(happening), happening.GetType().Name, "not an event's happening"),
    };

    public EventSnapshot? ToSnapshot() => Scheduling is { } s
        ? new EventSnapshot(s.EventId, s.Kind, s.Title, s.Start, s.End, s.Places, s.VideoLink, s.RegisteredAt)
        : null;
}
