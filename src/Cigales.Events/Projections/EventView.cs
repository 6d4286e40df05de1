using Cigales.Events.Domain;
using Cigales.GrainInterfaces.Events;
using Marten.Events.Aggregation;

namespace Cigales.Events.Projections;

/// <summary>An event as lists show it, kept up to date inline with the event's history.</summary>
public sealed record EventView(
    string Id,
    EventKind Kind,
    string Title,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<string> Places,
    string VideoLink,
    DateTimeOffset RegisteredAt)
{
    /// <summary>Lists go by date (ISO dates sort as text); the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{Start:yyyy-MM-dd}\u001f{Id}";

    public EventSnapshot ToSnapshot() => new(Id, Kind, Title, Start, End, Places, VideoLink, RegisteredAt);
}

public sealed class EventViewProjection : SingleStreamProjection<EventView, string>
{
    public static EventView Create(EventScheduled e) =>
        new(e.EventId, e.Kind, e.Title, e.Start, e.End, e.Places, e.VideoLink, e.RegisteredAt);
}
