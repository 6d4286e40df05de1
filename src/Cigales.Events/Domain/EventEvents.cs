using Cigales.GrainInterfaces.Events;

namespace Cigales.Events.Domain;

/// <summary>
/// What happened to an event (a meeting, a workshop...), as stored in its stream. The type names
/// are part of the stored data: rename one only with an upcaster.
/// </summary>
public abstract record EventHappening;

public sealed record EventScheduled(
    string EventId,
    EventKind Kind,
    string Title,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<string> Places,
    string VideoLink,
    DateTimeOffset RegisteredAt) : EventHappening
{
    /// <summary>The same scheduling, whenever it was recorded (lists compare item by item).</summary>
    public bool SameAs(EventScheduled other) =>
        (EventId, Kind, Title, Start, End, VideoLink) == (other.EventId, other.Kind, other.Title, other.Start, other.End, other.VideoLink)
        && Places.SequenceEqual(other.Places);
}
