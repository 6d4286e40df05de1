using Cigales.Events.Projections;
using Cigales.GrainInterfaces.Events;
using Cigales.GrainInterfaces.Reports;
using Marten;
using Orleans.Concurrency;

namespace Cigales.Events.Reports;

/// <summary>The events the reports need, from this service's read model; stateless, so any Events silo answers.</summary>
[StatelessWorker]
public sealed class EventsFiguresGrain(IDocumentStore store) : Grain, IEventsFigures
{
    public async Task<IReadOnlyList<EventSnapshot>> EventsAsync(DateOnly from, DateOnly to)
    {
        var (first, last) = (from.DayNumber, to.DayNumber);
        await using var session = store.QuerySession();
        var views = await session.Query<EventView>().Where(view => view.StartDay >= first && view.StartDay <= last).ToListAsync();
        return views.Select(view => view.ToSnapshot()).OrderBy(e => e.Start).ToList();
    }
}
