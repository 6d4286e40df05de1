using Cigales.Events.Domain;
using Cigales.Events.Grains;
using Cigales.Events.Tests.Domain;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.GrainInterfaces;
using Cigales.Grants.Domain;
using Cigales.Grants.Grains;
using Cigales.SharedKernel;
using ConventionAxis = Cigales.GrainInterfaces.Grants.ConventionAxis;

namespace Cigales.Events.Tests.Grains;

[Collection(GrainCollection.Name)]
public sealed class EventGrainBehaviour(EventsCluster cluster)
{
    private static string NewId() => Guid.NewGuid().ToString("N");

    private IEventGrain Event(string id) => cluster.Grains.GetGrain<IEventGrain>(id);

    /// <summary>An event in the future (registration is for events to come), with the seats given.</summary>
    private async Task<string> ScheduledAsync(int seats, int minimum = 0)
    {
        var id = NewId();
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        await Event(id).ScheduleAsync(EventStates.PitchNight with
        {
            Start = day,
            End = day,
            Places = [new Place("Calais", seats)],
            Registration = new RegistrationSettings(Open: true, MinimumParticipants: minimum),
        });
        return id;
    }

    [Fact]
    public async Task FiftyRegistrationsAtOnceForTenSeatsConfirmTenAndFortyWaitThenCancellationsPromoteInOrder()
    {
        var id = await ScheduledAsync(seats: 10);

        var registrations = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Event(id).RegisterAsync(EventStates.Holder(NewId()) with { Place = "Calais" })));
        var waiting = registrations.Where(r => r.Status == RegistrationStatus.Waiting).OrderBy(r => r.WaitingPosition).ToList();
        var confirmed = registrations.Where(r => r.Status == RegistrationStatus.Confirmed).ToList();

        Assert.Equal(10, confirmed.Count);
        Assert.Equal(Enumerable.Range(1, 40), waiting.Select(r => r.WaitingPosition));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Event(id).CancelRegistrationAsync(confirmed[0].RegistrationId, today);
        await Event(id).CancelRegistrationAsync(confirmed[1].RegistrationId, today);
        var after = await Event(id).GetRegistrationsAsync();
        Assert.Equal(
            [waiting[0].RegistrationId, waiting[1].RegistrationId],
            after.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.RegistrationId).TakeLast(2));
        Assert.Equal(waiting[2].RegistrationId, after.Single(r => r.WaitingPosition == 1).RegistrationId);
        Assert.Equal((10, 38), ((await Event(id).GetAsync())!.Confirmed, (await Event(id).GetAsync())!.Waiting));
    }

    [Fact]
    public async Task ARegistrantsNameIsKeptApartFromTheEventsHistory()
    {
        var id = await ScheduledAsync(seats: 10);

        var registration = await Event(id).RegisterAsync(new Register(NewId(), new Registrant(RegistrantKind.Citizen, "Jeanne Fourmi", "jeanne@example.org"), "Calais"));

        Assert.Equal(("Jeanne Fourmi", "jeanne@example.org"), (registration.Registrant.Name, registration.Registrant.Email));
        await using var connection = new Npgsql.NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select count(*) from mt_events where data::text like '%Jeanne%'", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AnAttendanceThatDoesNotAddUpIsRefusedAndStoresNothing()
    {
        var id = await ScheduledAsync(seats: 10);
        var past = NewId();
        await Event(past).ScheduleAsync(EventStates.Workshop);
        var eventsBefore = await cluster.CountEventsAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() =>
            Event(past).RecordAttendanceAsync(new RecordAttendance(new Attendance(5, 2, 2, 1, 1, 0), 5, [], string.Empty)));

        Assert.Equal(("declared_total", "attendance.total"), (refused.Field, refused.Rule));
        Assert.Equal(eventsBefore, await cluster.CountEventsAsync());
        Assert.Equal(EventStatus.Scheduled, (await Event(past).GetAsync())!.Status);
        Assert.Equal("attendance.after_event", (await Assert.ThrowsAsync<RefusedException>(() =>
            Event(id).RecordAttendanceAsync(new RecordAttendance(Attendance.None, null, [], string.Empty)))).Rule);
    }

    [Fact]
    public async Task AHolderCheckedInAtAPitchNightMovesToPitchedInFinanceOnce()
    {
        var holder = cluster.Grains.GetGrain<IProjectHolderGrain>(NewId());
        await holder.RegisterAsync(new RegisterProjectHolder("Madjikarité", "Savonnerie d'insertion", "Fouquières-lès-Lens", string.Empty, new DateOnly(2024, 9, 2)));
        var further = cluster.Grains.GetGrain<IProjectHolderGrain>(NewId());
        await further.RegisterAsync(new RegisterProjectHolder("Archiverre", "Vitrail", "Bezinghem", string.Empty, new DateOnly(2024, 9, 2)));
        await further.AdvanceAsync(new AdvanceProjectHolder(PipelineStage.Financed, new DateOnly(2024, 10, 1), Origin.Unknown, []));
        // A pitch night today: open for registration until it ends, its attendance recorded from its start.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var id = NewId();
        await Event(id).ScheduleAsync(EventStates.PitchNight with { Start = today, End = today, Registration = new RegistrationSettings(Open: true) });
        var first = await Event(id).RegisterAsync(EventStates.Holder(NewId(), "Calais", holder.GetPrimaryKeyString()));
        var second = await Event(id).RegisterAsync(EventStates.Holder(NewId(), "Calais", further.GetPrimaryKeyString()));
        var attendance = new RecordAttendance(new Attendance(0, 0, 2, 0, 0, 0), 2, [first.RegistrationId, second.RegistrationId], string.Empty);

        var held = await Event(id).RecordAttendanceAsync(attendance);
        var again = await Event(id).RecordAttendanceAsync(attendance);

        var pitched = (await holder.GetAsync())!;
        Assert.Equal((PipelineStage.Pitched, today), (pitched.Stage, pitched.Steps[^1].On));
        Assert.Equal(new Origin(OriginKind.Event, id), pitched.Steps[^1].Origin);
        Assert.Equal(2, pitched.Steps.Count);
        Assert.Equal(PipelineStage.Financed, (await further.GetAsync())!.Stage);
        Assert.Equal([true, false], held.Pitches.Select(pitch => pitch.Moved));
        Assert.Contains("already financed", held.Pitches[1].Note, StringComparison.Ordinal);
        Assert.Equal(held.Pitches, again.Pitches);
    }

    [Fact]
    public async Task AnEventServesAnAxisOfARealConvention()
    {
        var convention = NewId();
        await DraftConventionAsync(convention);

        var served = await Event(NewId()).ScheduleAsync(EventStates.PitchNight with { Axis = new ConventionAxis(convention, 3) });
        var refused = await Assert.ThrowsAsync<RefusedException>(() => Event(NewId()).ScheduleAsync(EventStates.PitchNight with { Axis = new ConventionAxis(convention, 4) }));
        var time = await Event(served.EventId).RecordTimeSpentAsync(new RecordTimeSpent(NewId(), [new TimeEntry("Marie", 1.5m, 0, new ConventionAxis(convention, 3))]));

        Assert.Equal(("axis", "convention.axis_exists"), (refused.Field, refused.Rule));
        Assert.Equal(1.5m, Assert.Single(time.TimeSpent).StaffDays);
    }

    [Fact]
    public async Task TimeOnACancelledEventCountsWithItsReason()
    {
        var convention = NewId();
        await DraftConventionAsync(convention);
        var id = NewId();
        await Event(id).ScheduleAsync(EventStates.Workshop with { Axis = new ConventionAxis(convention, 3) });
        await Event(id).CancelAsync(new CancelEvent(new DateOnly(2024, 5, 20), CancellationReason.Other, "intervenant absent"));
        var preparation = new RecordTimeSpent(NewId(), [new TimeEntry("Marie", 1, 3, new ConventionAxis(convention, 3))]);

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Event(id).RecordTimeSpentAsync(preparation));
        var recorded = await Event(id).RecordTimeSpentAsync(preparation with { Reason = "la préparation a eu lieu" });

        Assert.Equal(("reason", "time_spent.cancelled_reason"), (refused.Field, refused.Rule));
        Assert.Equal((EventStatus.Cancelled, 1m, "la préparation a eu lieu"), (recorded.Status, Assert.Single(recorded.TimeSpent).StaffDays, Assert.Single(recorded.TimeSpentReasons)));
    }

    [Fact]
    public async Task OutsideWorkIsRecordedOnceForARealConventionWithinItsPeriod()
    {
        var convention = NewId();
        await DraftConventionAsync(convention);
        var newsletter = new RecordOutsideWork(
            OutsideWorkKind.Newsletter, "Lettre d'information de mars", new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 7), [new TimeEntry("", 0.5m, 6, new ConventionAxis(convention, 1))]);
        var id = NewId();

        var recorded = await cluster.Grains.GetGrain<IOutsideWorkGrain>(id).RecordAsync(newsletter);
        var again = await cluster.Grains.GetGrain<IOutsideWorkGrain>(id).RecordAsync(newsletter);
        var reused = await Assert.ThrowsAsync<RefusedException>(() => cluster.Grains.GetGrain<IOutsideWorkGrain>(id).RecordAsync(newsletter with { Description = "autre" }));
        var outside = await Assert.ThrowsAsync<RefusedException>(() => cluster.Grains.GetGrain<IOutsideWorkGrain>(NewId()).RecordAsync(
            newsletter with { Start = new DateOnly(2024, 12, 16), End = new DateOnly(2024, 12, 16) }));
        var unknown = await Assert.ThrowsAsync<RefusedException>(() => cluster.Grains.GetGrain<IOutsideWorkGrain>(NewId()).RecordAsync(
            newsletter with { Entries = [new TimeEntry("", 1, 0, new ConventionAxis(NewId(), 1))] }));

        Assert.Equal((id, recorded.RecordedAt), (again.WorkId, again.RecordedAt));
        var read = (await cluster.Grains.GetGrain<IOutsideWorkGrain>(id).GetAsync())!;
        Assert.Equal((recorded.Description, recorded.Start, recorded.End), (read.Description, read.Start, read.End));
        Assert.Equal(newsletter.Entries, read.Entries);
        Assert.Equal(("request_id", "outside_work.request_reused"), (reused.Field, reused.Rule));
        Assert.Equal(("entries[0].axis", "outside_work.in_convention_period"), (outside.Field, outside.Rule));
        Assert.Equal(("entries[0].axis", "convention.axis_exists"), (unknown.Field, unknown.Rule));
        Assert.Null(await cluster.Grains.GetGrain<IOutsideWorkGrain>(NewId()).GetAsync());
    }

    private async Task DraftConventionAsync(string id)
    {
        var (funder, beneficiary, line) = (NewId(), NewId(), NewId());
        await cluster.Grains.GetGrain<IOrganisationGrain>(funder).RegisterAsync(new RegisterOrganisation("Département du Pas-de-Calais", "", "22620001200012", ""));
        await cluster.Grains.GetGrain<IOrganisationGrain>(beneficiary).RegisterAsync(new RegisterOrganisation("Les Cigales des Hauts-de-France", "", "38035677400055", ""));
        await cluster.Grains.GetGrain<IBudgetLineGrain>(line).OpenAsync(new OpenBudgetLine(funder, 2025, "C01-650A01", "6568//9365", "Mission ESS", Money.FromCents(10_000_000)));
        IReadOnlyList<ActionAxis> axes = [new(1, "Budget citoyen", 12, 230), new(2, "Maillage", 12, 270), new(3, "Rencontres", 6, 200)];
        var budget = new ProvisionalBudget(
            [new("Prestations salariat", Money.FromCents(1_095_000), BudgetItemKind.Staff, 30), new("Frais", Money.FromCents(195_000)), new("Bénévolat", Money.FromCents(1_400_000), BudgetItemKind.Volunteer, 700)],
            [new("Département 62", Money.FromCents(990_000)), new("Auto-financement", Money.FromCents(300_000)), new("Bénévolat", Money.FromCents(1_400_000), BudgetItemKind.Volunteer, 700)]);
        await cluster.Grains.GetGrain<IConventionGrain>(id).DraftAsync(new ConventionTerms(
            "2025-02585", "Partenariat 2025", new Party(funder, "", ""), new Party(beneficiary, "", ""), [], axes, budget, new ValuationRates(Money.FromCents(36_500), Money.FromCents(2_000)),
            Money.FromCents(990_000), new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), [new Instalment(Money.FromCents(990_000), null, "at signature")], new DateOnly(2026, 6, 1),
            new ConventionRuleValues(), line));
    }
}
