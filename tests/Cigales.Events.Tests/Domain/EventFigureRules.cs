using Cigales.Events.Domain;
using Cigales.GrainInterfaces.Grants;
using static Cigales.Events.Tests.Domain.EventStates;

namespace Cigales.Events.Tests.Domain;

public sealed class EventFigureRules
{
    /// <summary>Each reference event scheduled, then held with its counts or cancelled with its reason.</summary>
    private static IReadOnlyList<EventSnapshot> The2024Events() =>
        Reference2024.Events.Select((e, i) =>
        {
            var state = Then(EventState.Initial, EventRules.Schedule(EventState.Initial, $"e{i}", e.Schedule, true, Now));
            if (e.Attendance is { } counts)
            {
                state = Then(state, EventRules.RecordAttendance(state, new RecordAttendance(counts, counts.Total, [], string.Empty), Today));
            }

            if (e.Cancellation is { } reason)
            {
                state = Then(state, EventRules.Cancel(state, new CancelEvent(e.Schedule.Start, CancellationReason.NotEnoughParticipants, reason), Today));
            }

            return state.ToSnapshot()!;
        }).ToList();

    [Fact]
    public void TheThree2024WorkshopsMetSevenProjectHolders()
    {
        var workshops = EventFigures.For(2024, The2024Events()).Kinds.Single(kind => kind.Kind == EventKind.Workshop);

        Assert.Equal((3, 3, 0), (workshops.Scheduled, workshops.Held, workshops.Cancelled));
        Assert.Equal(7, workshops.Attendance.Holders);
        Assert.Equal(13, workshops.Attendance.Total);
        Assert.Equal(17, workshops.Attendance.ProjectsAnnounced);
    }

    [Fact]
    public void TheEntrCitoyensOf15October2024CountsAsCancelled()
    {
        var figures = EventFigures.For(2024, The2024Events());
        var meetings = figures.Kinds.Single(kind => kind.Kind == EventKind.EntrCitoyens);
        var cancelled = The2024Events().Single(e => e.Kind == EventKind.EntrCitoyens);

        Assert.Equal((1, 0, 1), (meetings.Scheduled, meetings.Held, meetings.Cancelled));
        Assert.Equal((new DateOnly(2024, 10, 15), "not enough participants"), (cancelled.CancelledOn!.Value, cancelled.CancellationReason));
    }

    [Fact]
    public void TheYearAddsUpEveryKind()
    {
        var figures = EventFigures.For(2024, The2024Events());

        // 7 at the workshops and 12 at the two pitch nights.
        Assert.Equal(19, figures.HoldersMet);
        Assert.Equal((9, 6, 1), (figures.Total.Scheduled, figures.Total.Held, figures.Total.Cancelled));
        Assert.Equal(13 + 17 + 24 + 60, figures.Total.Attendance.Total);
        Assert.Empty(EventFigures.For(2023, The2024Events()).Kinds);
    }

    [Fact]
    public void TimeSpentAddsUpByAxisOverThePeriod()
    {
        var axis3 = new ConventionAxis("c2025", 3);
        var axis1 = new ConventionAxis("c2025", 1);
        var state = Scheduled(PitchNight with { Start = new DateOnly(2025, 4, 12), End = new DateOnly(2025, 4, 12) });
        state = Then(state, EventRules.RecordTimeSpent(state, new RecordTimeSpent("a", [new TimeEntry("Marie", 1, 0, axis3), new TimeEntry("", 0, 12, axis3)]), []));
        state = Then(state, EventRules.RecordTimeSpent(state, new RecordTimeSpent("b", [new TimeEntry("Paul", 0.5m, 0, axis1)]), []));
        var other = Scheduled(Workshop with { Start = new DateOnly(2025, 5, 20), End = new DateOnly(2025, 5, 20) });
        other = Then(other, EventRules.RecordTimeSpent(other, new RecordTimeSpent("c", [new TimeEntry("Marie", 0.5m, 2, axis3)]), []));
        IReadOnlyList<EventSnapshot> events = [state.ToSnapshot()! with { EventId = "e1" }, other.ToSnapshot()! with { EventId = "e2" }];

        var year = EventFigures.TimeByAxis(events, [], new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "c2025");
        var april = EventFigures.TimeByAxis(events, [], new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30));

        Assert.Equal([new AxisTime(axis1, 0.5m, 0, 1, 0, 0, 0), new AxisTime(axis3, 1.5m, 14, 2, 0, 0, 0)], year);
        Assert.Equal([new AxisTime(axis1, 0.5m, 0, 1, 0, 0, 0), new AxisTime(axis3, 1, 12, 1, 0, 0, 0)], april);
    }

    [Fact]
    public void TimeOutsideEventsAddsToItsAxisAndIsCountedApart()
    {
        var axis1 = new ConventionAxis("c2025", 1);
        var state = Scheduled(Workshop with { Start = new DateOnly(2025, 3, 18), End = new DateOnly(2025, 3, 18) });
        state = Then(state, EventRules.RecordTimeSpent(state, new RecordTimeSpent("a", [new TimeEntry("Marie", 1, 4, axis1)]), []));
        OutsideWorkSnapshot Work(string id, DateOnly day, decimal days, decimal hours) =>
            new(id, OutsideWorkKind.Newsletter, "Lettre d'information", day, day.AddDays(4), [new TimeEntry("", days, hours, axis1)], EventStates.Now);
        IReadOnlyList<OutsideWorkSnapshot> work = [Work("w1", new DateOnly(2025, 3, 3), 0.5m, 6), Work("w2", new DateOnly(2025, 9, 1), 1, 0), Work("w3", new DateOnly(2024, 12, 30), 2, 2)];

        var year = EventFigures.TimeByAxis([state.ToSnapshot()! with { EventId = "e1" }], work, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        Assert.Equal([new AxisTime(axis1, 2.5m, 10, 1, 1.5m, 6, 2)], year);
    }
}
