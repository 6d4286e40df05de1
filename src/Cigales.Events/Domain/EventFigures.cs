using Cigales.GrainInterfaces.Grants;

namespace Cigales.Events.Domain;

/// <param name="Scheduled">All the events of the kind that year: held, cancelled or still to come.</param>
/// <param name="Attendance">The head counts of the events held, added up.</param>
public sealed record KindFigures(EventKind? Kind, int Scheduled, int Held, int Cancelled, Attendance Attendance);

/// <param name="HoldersMet">Project holders present at the events held.</param>
public sealed record YearFigures(int Year, IReadOnlyList<KindFigures> Kinds, KindFigures Total, int HoldersMet);

public sealed record AxisTime(ConventionAxis Axis, decimal StaffDays, decimal VolunteerHours, int Events);

/// <summary>The figures the association reports about its events, from the events as recorded.</summary>
public static class EventFigures
{
    /// <summary>A year's events (by their first day), kind by kind in the kinds' order.</summary>
    public static YearFigures For(int year, IEnumerable<EventSnapshot> events)
    {
        var ofYear = events.Where(e => e.Start.Year == year).ToList();
        var kinds = ofYear.GroupBy(e => e.Kind).OrderBy(group => group.Key).Select(group => Figures(group.Key, group)).ToList();
        var total = Figures(null, ofYear);
        return new YearFigures(year, kinds, total, total.Attendance.Holders);
    }

    /// <summary>Time spent on the events of a period (by their first day), axis by axis; one convention's only when named.</summary>
    public static IReadOnlyList<AxisTime> TimeByAxis(IEnumerable<EventSnapshot> events, DateOnly from, DateOnly to, string conventionId = "") =>
        events
            .Where(e => e.Start >= from && e.Start <= to)
            .SelectMany(e => e.TimeSpent.Select(entry => (e.EventId, entry)))
            .Where(spent => conventionId.Length == 0 || spent.entry.Axis.ConventionId == conventionId)
            .GroupBy(spent => spent.entry.Axis)
            .OrderBy(group => group.Key.ConventionId, StringComparer.Ordinal)
            .ThenBy(group => group.Key.Axis)
            .Select(group => new AxisTime(
                group.Key,
                group.Sum(spent => spent.entry.StaffDays),
                group.Sum(spent => spent.entry.VolunteerHours),
                group.Select(spent => spent.EventId).Distinct().Count()))
            .ToList();

    private static KindFigures Figures(EventKind? kind, IEnumerable<EventSnapshot> events)
    {
        var list = events.ToList();
        return new KindFigures(
            kind,
            list.Count,
            list.Count(e => e.Status == EventStatus.Held),
            list.Count(e => e.Status == EventStatus.Cancelled),
            list.Where(e => e.Status == EventStatus.Held).Aggregate(Attendance.None, (sum, e) => sum.Plus(e.Attendance!)));
    }
}
