using Cigales.Events.Domain;
using Cigales.GrainInterfaces.Grants;
using Cigales.SharedKernel;
using static Cigales.Events.Tests.Domain.EventStates;

namespace Cigales.Events.Tests.Domain;

public sealed class AfterTheEventRules
{
    // The first workshop of 2024: 5 projects announced, 2 present, 2 holders, a volunteer and a staff member.
    private static readonly Attendance FirstWorkshop = new(5, 2, 2, 1, 1, 0);

    [Fact]
    public void TheAttendanceTotalIsThePeopleCounted()
    {
        var held = Then(Scheduled(Workshop), EventRules.RecordAttendance(Scheduled(Workshop), new RecordAttendance(FirstWorkshop, 4, [], "2 orientés vers un club"), Today));

        Assert.Equal(EventStatus.Held, held.Status);
        Assert.Equal(4, held.Attendance!.Attendance.Total);
    }

    [Fact]
    public void TheSameAttendanceAgainChangesNothingAndOtherCountsReplaceIt()
    {
        var command = new RecordAttendance(FirstWorkshop, 4, [], "2 orientés vers un club");
        var held = Then(Scheduled(Workshop), EventRules.RecordAttendance(Scheduled(Workshop), command, Today));

        Assert.Empty(EventRules.RecordAttendance(held, command, Today).Events);
        Assert.Single(EventRules.RecordAttendance(held, command with { Attendance = FirstWorkshop with { Others = 1 }, DeclaredTotal = 5 }, Today).Events);
    }

    [Fact]
    public void ADeclaredTotalThatDoesNotAddUpIsRefusedAndChangesNothing()
    {
        var decision = EventRules.RecordAttendance(Scheduled(Workshop), new RecordAttendance(FirstWorkshop, 5, [], string.Empty), Today);

        Assert.Equal(("declared_total", "attendance.total"), (decision.Refusal!.Field, decision.Refusal.Rule));
        Assert.Contains("2 holders + 1 volunteers + 1 staff + 0 others = 4", decision.Refusal.Message, StringComparison.Ordinal);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void AttendanceWaitsForTheEventAndACancelledEventHasNone()
    {
        var cancelled = Then(Scheduled(Workshop), EventRules.Cancel(Scheduled(Workshop), new CancelEvent(new DateOnly(2024, 5, 20), CancellationReason.Other, "intervenant absent"), Today));

        Assert.Equal("attendance.after_event", EventRules.RecordAttendance(Scheduled(Workshop), new RecordAttendance(FirstWorkshop, null, [], ""), new DateOnly(2024, 5, 20)).Refusal!.Rule);
        Assert.Equal("event.cancelled", EventRules.RecordAttendance(cancelled, new RecordAttendance(FirstWorkshop, null, [], ""), Today).Refusal!.Rule);
    }

    [Fact]
    public void OnlyRegistrationsOfTheEventAreCheckedIn()
    {
        var state = Registered(Scheduled(Workshop), [Holder("r1")]);

        var decision = EventRules.RecordAttendance(state, new RecordAttendance(FirstWorkshop, null, ["r1", "r9"], ""), Today);

        Assert.Equal(("checked_in", "attendance.registered"), (decision.Refusal!.Field, decision.Refusal.Rule));
    }

    [Fact]
    public void TheEntrCitoyensOf15October2024IsCancelledForLackOfParticipants()
    {
        var meeting = new ScheduleEvent(
            EventKind.EntrCitoyens, "Entr'Citoyens", new DateOnly(2024, 10, 15), new DateOnly(2024, 10, 15), [new Place("La Planque", 30)], string.Empty,
            Registration: new RegistrationSettings(Open: true, MinimumParticipants: 8));
        var state = Registered(Scheduled(meeting), [Holder("r1"), Holder("r2")]);

        var cancelled = Then(state, EventRules.Cancel(state, new CancelEvent(new DateOnly(2024, 10, 14), CancellationReason.NotEnoughParticipants, ""), Today));

        Assert.Equal((EventStatus.Cancelled, "not enough participants"), (cancelled.Status, cancelled.ToSnapshot()!.CancellationReason));
    }

    [Fact]
    public void AnEventWithItsMinimumReachedIsNotCancelledForLackOfParticipants()
    {
        var state = Registered(Scheduled(PitchNight), Enumerable.Range(1, 4).Select(i => Holder($"r{i}", "Calais")));

        var decision = EventRules.Cancel(state, new CancelEvent(new DateOnly(2024, 11, 10), CancellationReason.NotEnoughParticipants, ""), Today);

        Assert.Equal(("reason", "event.minimum_reached"), (decision.Refusal!.Field, decision.Refusal.Rule));
    }

    [Fact]
    public void HoldersCheckedInAtAPitchNightArePitchedOnceAndOnlyThere()
    {
        var state = Registered(Scheduled(PitchNight), [Holder("r1", "Calais", "h1"), Holder("r2", "Calais", "h2"), Holder("r3", "Calais")]);
        var attendance = new RecordAttendance(new Attendance(0, 0, 2, 0, 0, 0), null, ["r1", "r3"], "");
        var workshop = Registered(Scheduled(Workshop), [Holder("w1", holderId: "h1")]);
        var recorded = EventRules.RecordAttendance(state, attendance, Today);

        var pitched = Then(state, Decision<EventHappening>.Accept([.. recorded.Events, new HolderPitched("h1", true, "")]));

        Assert.Equal(["h1"], EventRules.HoldersToPitch(state, attendance));
        Assert.Empty(EventRules.HoldersToPitch(pitched, attendance));
        Assert.Empty(EventRules.HoldersToPitch(workshop, attendance with { CheckedIn = ["w1"] }));
    }

    [Fact]
    public void TimeSpentNamesTheEntryOfAnUnknownAxisOrWithNothingSpent()
    {
        var entries = new[]
        {
            new TimeEntry("Marie", 0.5m, 0, new ConventionAxis("c", 3)),
            new TimeEntry("", 0, 0, new ConventionAxis("c", 3)),
            new TimeEntry("", 0, 4, new ConventionAxis("c", 9)),
        };

        var decision = EventRules.RecordTimeSpent(Scheduled(Workshop), new RecordTimeSpent("k", entries), [new ConventionAxis("c", 9)]);

        Assert.Equal([("entries[1]", "time_spent.positive"), ("entries[2].axis", "convention.axis_exists")], decision.Refusals.Select(r => (r.Field, r.Rule)));
    }

    [Fact]
    public void TimeSpentIsRecordedOncePerKey()
    {
        var command = new RecordTimeSpent("k", [new TimeEntry("Marie", 0.5m, 0, new ConventionAxis("c", 3))]);
        var state = Then(Scheduled(Workshop), EventRules.RecordTimeSpent(Scheduled(Workshop), command, []));

        Assert.Empty(EventRules.RecordTimeSpent(state, command, []).Events);
        Assert.Equal("time_spent.request_reused", EventRules.RecordTimeSpent(state, command with { Entries = [] }, []).Refusal!.Rule);
    }

    [Fact]
    public void TimeOnACancelledEventIsRecordedWithItsReason()
    {
        var cancelled = Then(Scheduled(Workshop), EventRules.Cancel(Scheduled(Workshop), new CancelEvent(new DateOnly(2024, 5, 20), CancellationReason.Other, "intervenant absent"), Today));
        var preparation = new RecordTimeSpent("k", [new TimeEntry("Marie", 0.5m, 0, new ConventionAxis("c", 3))]);

        var withoutReason = EventRules.RecordTimeSpent(cancelled, preparation, []);
        var withReason = Then(cancelled, EventRules.RecordTimeSpent(cancelled, preparation with { Reason = " la préparation a eu lieu " }, []));

        Assert.Equal(("reason", "time_spent.cancelled_reason"), (withoutReason.Refusal!.Field, withoutReason.Refusal.Rule));
        Assert.Empty(withoutReason.Events);
        Assert.Equal(0.5m, Assert.Single(withReason.ToSnapshot()!.TimeSpent).StaffDays);
        Assert.Equal(["la préparation a eu lieu"], withReason.ToSnapshot()!.TimeSpentReasons);
        Assert.Equal("time_spent.request_reused", EventRules.RecordTimeSpent(withReason, preparation with { Reason = "autre chose" }, []).Refusal!.Rule);
    }

    [Fact]
    public void APitchNightInTwoTownsCountsPlaceByPlaceAndTheEventIsTheirSum()
    {
        var calais = new PlaceAttendance("calais", new Attendance(4, 3, 3, 5, 1, 6));
        var montreuil = new PlaceAttendance("Montreuil-sur-Mer", new Attendance(3, 2, 2, 4, 1, 3));

        var held = Then(Scheduled(PitchNight), EventRules.RecordAttendance(Scheduled(PitchNight), new RecordAttendance(Attendance.None, 25, [], "", [montreuil, calais]), Today));

        var snapshot = held.ToSnapshot()!;
        Assert.Equal(new Attendance(7, 5, 5, 9, 2, 9), snapshot.Attendance);
        Assert.Equal(25, snapshot.Attendance!.Total);
        Assert.Equal(["Calais", "Montreuil-sur-Mer"], snapshot.AttendanceByPlace.Select(place => place.Place));
        Assert.Empty(EventRules.RecordAttendance(held, new RecordAttendance(Attendance.None, null, [], "", [calais with { Place = "Calais" }, montreuil]), Today).Events);
    }

    [Fact]
    public void PlaceByPlaceEachPlaceOfTheEventIsCountedOnceAndNoOther()
    {
        var counts = new Attendance(1, 1, 1, 1, 1, 1);

        var decision = EventRules.RecordAttendance(Scheduled(PitchNight), new RecordAttendance(Attendance.None, null, [], "",
            [new PlaceAttendance("Calais", counts), new PlaceAttendance("Arras", counts), new PlaceAttendance("CALAIS", counts)]), Today);
        var both = EventRules.RecordAttendance(Scheduled(PitchNight), new RecordAttendance(counts, null, [], "",
            [new PlaceAttendance("Calais", counts), new PlaceAttendance("Montreuil-sur-Mer", counts)]), Today);

        Assert.Equal(
            [("places[1].place", "attendance.place_of_event"), ("places[2].place", "attendance.place_once"), ("places", "attendance.every_place")],
            decision.Refusals.Select(r => (r.Field, r.Rule)));
        Assert.Contains("'Montreuil-sur-Mer' is not counted", decision.Refusals[2].Message, StringComparison.Ordinal);
        Assert.Equal(("attendance", "attendance.whole_or_by_place"), (both.Refusal!.Field, both.Refusal.Rule));
    }

    [Fact]
    public void AnAttendanceRecordedAsAWholeHasNoPlaces()
    {
        var held = Then(Scheduled(PitchNight), EventRules.RecordAttendance(Scheduled(PitchNight), new RecordAttendance(FirstWorkshop, null, [], ""), Today));

        Assert.Empty(held.ToSnapshot()!.AttendanceByPlace);
        Assert.Null(held.Attendance!.Places);
    }
}
