using Cigales.Events.Domain;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace Cigales.Events.Projections;

/// <summary>
/// An event as lists, figures and time spent need it: its whole state, folded inline by the
/// domain itself (an event has a few hundred happenings at most). The computed fields are stored
/// with it, for the queries to filter on.
/// </summary>
public sealed record EventView(string Id, EventState State)
{
    /// <summary>Lists go by date (ISO dates sort as text); the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{State.Details.Start:yyyy-MM-dd}\u001f{Id}";

    /// <summary>The first day as a number, for periods.</summary>
    public int StartDay => State.Details.Start.DayNumber;

    public EventKind Kind => State.Details.Kind;

    public EventStatus Status => State.Status;

    public EventSnapshot ToSnapshot() => State.ToSnapshot()!;

    /// <summary>The events whose first day falls in a period, by day: the figures and the reports read them so (a year holds a few dozen).</summary>
    public static async Task<IReadOnlyList<EventSnapshot>> StartingBetweenAsync(IQuerySession session, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (first, last) = (from.DayNumber, to.DayNumber);
        var views = await session.Query<EventView>().Where(view => view.StartDay >= first && view.StartDay <= last).ToListAsync(cancellationToken);
        return views.Select(view => view.ToSnapshot()).OrderBy(e => e.Start).ToList();
    }
}

public sealed class EventViewProjection : SingleStreamProjection<EventView, string>
{
    public override EventView? Evolve(EventView? snapshot, string id, IEvent e) =>
        e.Data is EventHappening happening ? new EventView(id, (snapshot?.State ?? EventState.Initial).Apply(happening)) : snapshot;
}
