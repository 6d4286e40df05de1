using Cigales.Events.Domain;
using Cigales.Events.Projections;
using Cigales.GrainInterfaces.Reports;
using Marten;
using Orleans.Concurrency;

namespace Cigales.Events.Grains;

/// <summary>The events and the outside work the reports need, from this service's read model; stateless, so any Events silo answers.</summary>
[StatelessWorker]
public sealed class EventsFiguresGrain(IDocumentStore store) : Grain, IEventsFigures
{
    public async Task<IReadOnlyList<EventFacts>> EventsAsync(DateOnly from, DateOnly to)
    {
        await using var session = store.QuerySession();
        return (await EventView.StartingBetweenAsync(session, from, to)).Select(Facts).ToList();
    }

    public async Task<IReadOnlyList<OutsideWorkFacts>> OutsideWorkAsync(DateOnly from, DateOnly to)
    {
        await using var session = store.QuerySession();
        return (await OutsideWorkView.StartingBetweenAsync(session, from, to))
            .Select(work => new OutsideWorkFacts(work.WorkId, work.Kind.ToString(), work.Description, work.Start, work.End, Time(work.Entries)))
            .ToList();
    }

    private static List<TimeFacts> Time(IEnumerable<TimeEntry> entries) =>
        entries.Select(entry => new TimeFacts(entry.Axis, entry.StaffDays, entry.VolunteerHours)).ToList();

    private static EventFacts Facts(EventSnapshot e) => new(
        e.EventId,
        e.Kind.ToString(),
        e.Title,
        e.Start,
        e.Status switch
        {
            EventStatus.Held => EventOutcome.Held,
            EventStatus.Cancelled => EventOutcome.Cancelled,
            _ => EventOutcome.Planned,
        },
        e.Axis,
        e.Attendance?.Total ?? 0,
        e.Attendance?.Holders ?? 0,
        Time(e.TimeSpent));
}
