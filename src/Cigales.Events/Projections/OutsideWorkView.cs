using Cigales.Events.Domain;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace Cigales.Events.Projections;

/// <summary>
/// A record of outside work as lists and time spent need it: its state, folded inline, with the
/// computed fields the queries filter on stored beside it.
/// </summary>
public sealed record OutsideWorkView(string Id, OutsideWorkState State)
{
    private OutsideWorkRecorded Recording => State.Recording!;

    /// <summary>Lists go by first day (ISO dates sort as text); the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{Recording.Details.Start:yyyy-MM-dd}\u001f{Id}";

    /// <summary>The first day as a number, for periods.</summary>
    public int StartDay => Recording.Details.Start.DayNumber;

    /// <summary>The conventions the time is for.</summary>
    public IReadOnlyList<string> Conventions => Recording.Details.Entries.Select(entry => entry.Axis.ConventionId).Distinct().ToList();

    /// <summary>The axes the time is for, each as <see cref="AxisKey"/> writes it.</summary>
    public IReadOnlyList<string> Axes => Recording.Details.Entries.Select(entry => AxisKey(entry.Axis.ConventionId, entry.Axis.Axis)).Distinct().ToList();

    public static string AxisKey(string conventionId, int axis) => $"{conventionId}#{axis}";

    public OutsideWorkSnapshot ToSnapshot() => State.ToSnapshot()!;

    /// <summary>The outside work whose first day falls in a period, by day: the time spent and the reports read it so.</summary>
    public static async Task<IReadOnlyList<OutsideWorkSnapshot>> StartingBetweenAsync(IQuerySession session, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (first, last) = (from.DayNumber, to.DayNumber);
        var views = await session.Query<OutsideWorkView>().Where(view => view.StartDay >= first && view.StartDay <= last).ToListAsync(cancellationToken);
        return views.Select(view => view.ToSnapshot()).OrderBy(work => work.Start).ToList();
    }
}

public sealed class OutsideWorkViewProjection : SingleStreamProjection<OutsideWorkView, string>
{
    public override OutsideWorkView? Evolve(OutsideWorkView? snapshot, string id, IEvent e) =>
        e.Data is OutsideWorkHappening happening ? new OutsideWorkView(id, (snapshot?.State ?? OutsideWorkState.Initial).Apply(happening)) : snapshot;
}
