using Cigales.GrainInterfaces.Grants;

namespace Cigales.Events.Domain;

/// <param name="Scheduled">All the events of the kind that year: held, cancelled or still to come.</param>
/// <param name="Attendance">The head counts of the events held, added up.</param>
public sealed record KindFigures(EventKind? Kind, int Scheduled, int Held, int Cancelled, Attendance Attendance);

/// <param name="HoldersMet">Project holders present at the events held.</param>
public sealed record YearFigures(int Year, IReadOnlyList<KindFigures> Kinds, KindFigures Total, int HoldersMet);

/// <param name="StaffDays">All the staff days of the axis: on events and outside them.</param>
/// <param name="VolunteerHours">All the volunteer hours of the axis: on events and outside them.</param>
/// <param name="Events">The events the time was spent on.</param>
/// <param name="OutsideWork">The records of outside work the time was spent on.</param>
public sealed record AxisTime(
    ConventionAxis Axis, decimal StaffDays, decimal VolunteerHours, int Events, decimal StaffDaysOutsideEvents, decimal VolunteerHoursOutsideEvents, int OutsideWork);

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

    /// <summary>
    /// Time spent in a period, axis by axis: on the events and on the outside work starting in it
    /// (by their first day); one convention's only when named.
    /// </summary>
    public static IReadOnlyList<AxisTime> TimeByAxis(
        IEnumerable<EventSnapshot> events, IEnumerable<OutsideWorkSnapshot> outsideWork, DateOnly from, DateOnly to, string conventionId = "") =>
        events
            .Where(e => e.Start >= from && e.Start <= to)
            .SelectMany(e => e.TimeSpent.Select(entry => (Source: e.EventId, OnEvent: true, Entry: entry)))
            .Concat(outsideWork
                .Where(work => work.Start >= from && work.Start <= to)
                .SelectMany(work => work.Entries.Select(entry => (Source: work.WorkId, OnEvent: false, Entry: entry))))
            .Where(spent => conventionId.Length == 0 || spent.Entry.Axis.ConventionId == conventionId)
            .GroupBy(spent => spent.Entry.Axis)
            .OrderBy(group => group.Key.ConventionId, StringComparer.Ordinal)
            .ThenBy(group => group.Key.Axis)
            .Select(group =>
            {
                var outside = group.Where(spent => !spent.OnEvent).ToList();
                return new AxisTime(
                    group.Key,
                    group.Sum(spent => spent.Entry.StaffDays),
                    group.Sum(spent => spent.Entry.VolunteerHours),
                    group.Where(spent => spent.OnEvent).Select(spent => spent.Source).Distinct().Count(),
                    outside.Sum(spent => spent.Entry.StaffDays),
                    outside.Sum(spent => spent.Entry.VolunteerHours),
                    outside.Select(spent => spent.Source).Distinct().Count());
            })
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
