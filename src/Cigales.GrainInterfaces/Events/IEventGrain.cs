namespace Cigales.GrainInterfaces.Events;

/// <summary>An event organised or attended by the association, keyed by its id.</summary>
public interface IEventGrain : IGrainWithStringKey
{
    /// <summary>Schedules the event; a retry with the same details answers it as scheduled.</summary>
    Task<EventSnapshot> ScheduleAsync(ScheduleEvent command);

    /// <summary>The event, or null when none has this id.</summary>
    Task<EventSnapshot?> GetAsync();
}

[GenerateSerializer]
public enum EventKind
{
    CigalesCherchentFourmis,
    Workshop,
    EntrCitoyens,
    Webinar,
    InterClub,
    Afterwork,
    AperoCigales,
    Breakfast,
    Regional,
    Partner,
}

[GenerateSerializer, Immutable]
public sealed record ScheduleEvent(
    [property: Id(0)] EventKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] DateOnly Start,
    [property: Id(3)] DateOnly End,
    [property: Id(4)] IReadOnlyList<string> Places,
    [property: Id(5)] string VideoLink);

[GenerateSerializer, Immutable]
public sealed record EventSnapshot(
    [property: Id(0)] string EventId,
    [property: Id(1)] EventKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] DateOnly Start,
    [property: Id(4)] DateOnly End,
    [property: Id(5)] IReadOnlyList<string> Places,
    [property: Id(6)] string VideoLink,
    [property: Id(7)] DateTimeOffset RegisteredAt);
