using Cigales.GrainInterfaces.Grants;
using Cigales.SharedKernel;

namespace Cigales.Events.Domain;

public static partial class EventRules
{
    /// <summary>For lack of participants only when fewer than the event's minimum are registered.</summary>
    public static Decision<EventHappening> Cancel(EventState state, CancelEvent command, DateOnly today)
    {
        var explanation = command.Explanation.Trim();
        var minimum = state.Exists ? state.Details.Registration!.MinimumParticipants : 0;
        var refusal = Exists(state) ?? Scheduled(state)
            ?? NotFuture("on", command.On, today)
            ?? (command.Reason == CancellationReason.Other && explanation.Length == 0
                ? Refusal.Invalid("explanation", "event.cancellation_explained", "a cancellation for another reason says which")
                : null)
            ?? (command.Reason == CancellationReason.NotEnoughParticipants && minimum > 0 && state.Confirmed >= minimum
                ? Refusal.Precondition("reason", "event.minimum_reached", $"{state.Confirmed} are registered, the minimum is {minimum}")
                : null);
        return refusal is not null
            ? refusal
            : Decision<EventHappening>.Accept(new EventCancelled(
                command.On, command.Reason, explanation.Length > 0 ? explanation : "not enough participants"));
    }

    /// <summary>
    /// After the event has begun: the typed head counts (the people present are holders,
    /// volunteers, staff and others; a declared total that is not their sum is refused), as a
    /// whole or place by place (each of the event's places once: the event's counts are their
    /// sum), the check-ins of registered people, the outcome. Recording again replaces them; the
    /// same again changes nothing.
    /// </summary>
    public static Decision<EventHappening> RecordAttendance(EventState state, RecordAttendance command, DateOnly today)
    {
        var places = command.Places ?? [];
        var counts = places.Count > 0 ? places.Aggregate(Attendance.None, (sum, place) => sum.Plus(place.Attendance)) : command.Attendance;
        var refusal = Exists(state)
            ?? (state.Status == EventStatus.Cancelled ? Refusal.Precondition(string.Empty, "event.cancelled", $"the event was cancelled on {Iso(state.Cancellation!.On)}") : null)
            ?? (today < state.Details.Start ? Refusal.Precondition(string.Empty, "attendance.after_event", $"attendance is recorded once the event has taken place, from {Iso(state.Details.Start)}") : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = new List<Refusal>();
        if (places.Count > 0 && command.Attendance != Attendance.None)
        {
            problems.Add(Refusal.Invalid("attendance", "attendance.whole_or_by_place", "give the attendance of the whole event or place by place, one of the two"));
        }

        var byPlace = PlacesOf(state, places, problems);
        if (places.Count == 0 && Negative(counts))
        {
            problems.Add(Refusal.Invalid("attendance", "attendance.counts", "head counts are counted from zero up"));
        }

        if (command.DeclaredTotal is { } declared && declared != counts.Total)
        {
            problems.Add(Refusal.Invalid("declared_total", "attendance.total",
                $"the total declared, {declared}, is not the people counted: {counts.Holders} holders + {counts.Volunteers} volunteers + {counts.Staff} staff + {counts.Others} others = {counts.Total}"));
        }

        var registered = state.Registrations.Where(line => line.Status != RegistrationStatus.Cancelled).Select(line => line.Id).ToHashSet();
        if (command.CheckedIn.FirstOrDefault(id => !registered.Contains(id)) is { } stranger)
        {
            problems.Add(Refusal.Invalid("checked_in", "attendance.registered", $"'{stranger}' is not a registration of this event"));
        }

        if (problems.Count > 0)
        {
            return Decision<EventHappening>.Refuse(problems);
        }

        var recorded = new AttendanceRecorded(counts, command.CheckedIn.Distinct().ToList(), command.Outcome.Trim(), byPlace);
        var unchanged = state.Attendance is { } before
            && before.Attendance == recorded.Attendance && before.Outcome == recorded.Outcome && before.CheckedIn.SequenceEqual(recorded.CheckedIn)
            && (before.Places ?? []).SequenceEqual(byPlace ?? []);
        return unchanged ? Decision<EventHappening>.Accept() : Decision<EventHappening>.Accept(recorded);
    }

    /// <summary>The counts place by place under the event's own names for its places, in its order; null when given as a whole.</summary>
    private static IReadOnlyList<PlaceAttendance>? PlacesOf(EventState state, IReadOnlyList<PlaceAttendance> places, List<Refusal> problems)
    {
        if (places.Count == 0)
        {
            return null;
        }

        var named = new Dictionary<string, PlaceAttendance>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < places.Count; i++)
        {
            var name = places[i].Place.Trim();
            if (state.Details.Places.FirstOrDefault(place => string.Equals(place.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } place)
            {
                problems.Add(Refusal.Invalid($"places[{i}].place", "attendance.place_of_event", $"'{name}' is not a place of this event"));
            }
            else if (!named.TryAdd(place.Name, new PlaceAttendance(place.Name, places[i].Attendance)))
            {
                problems.Add(Refusal.Invalid($"places[{i}].place", "attendance.place_once", $"'{place.Name}' is counted twice"));
            }

            if (Negative(places[i].Attendance))
            {
                problems.Add(Refusal.Invalid($"places[{i}].attendance", "attendance.counts", "head counts are counted from zero up"));
            }
        }

        if (state.Details.Places.FirstOrDefault(place => !named.ContainsKey(place.Name)) is { } missing)
        {
            problems.Add(Refusal.Invalid("places", "attendance.every_place", $"the event was held at {state.Details.Places.Count} places: '{missing.Name}' is not counted (0 for nobody)"));
        }

        return state.Details.Places.Where(place => named.ContainsKey(place.Name)).Select(place => named[place.Name]).ToList();
    }

    private static bool Negative(Attendance counts) =>
        new[] { counts.ProjectsAnnounced, counts.ProjectsPresent, counts.Holders, counts.Volunteers, counts.Staff, counts.Others }.Any(count => count < 0);

    /// <summary>The project holders checked in at a pitch night who have not been moved to "pitched" by it yet.</summary>
    public static IReadOnlyList<string> HoldersToPitch(EventState state, RecordAttendance command) =>
        state.Details.Kind != EventKind.CigalesCherchentFourmis
            ? []
            : state.Registrations
                .Where(line => command.CheckedIn.Contains(line.Id) && line.Registration is { Kind: RegistrantKind.ProjectHolder, ProjectHolderId.Length: > 0 })
                .Select(line => line.Registration.ProjectHolderId)
                .Distinct()
                .Where(holder => state.Pitches.All(pitch => pitch.ProjectHolderId != holder))
                .ToList();

    /// <summary>
    /// Staff days and volunteer hours for convention axes, once per key. On a cancelled event the
    /// time is recorded with the reason (its preparation happened).
    /// </summary>
    /// <param name="unknownAxes">The entries' axes that no convention has.</param>
    public static Decision<EventHappening> RecordTimeSpent(EventState state, RecordTimeSpent command, IReadOnlyCollection<ConventionAxis> unknownAxes)
    {
        var entries = TimeEntries.Normalised(command.Entries);
        var reason = command.Reason.Trim();
        if (state.TimeSpent.FirstOrDefault(time => time.Key == command.Key) is { } first)
        {
            return first.Entries.SequenceEqual(entries) && (first.Reason ?? string.Empty) == reason
                ? Decision<EventHappening>.Accept()
                : Refusal.Conflict("request_id", "time_spent.request_reused", "request_id already recorded other time");
        }

        var refusal = Exists(state)
            ?? (state.Status == EventStatus.Cancelled && reason.Length == 0
                ? Refusal.Invalid("reason", "time_spent.cancelled_reason", $"the event was cancelled on {Iso(state.Cancellation!.On)}: say why time went to it (its preparation…)")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = TimeEntries.Problems(entries, unknownAxes).ToList();
        return problems.Count > 0
            ? Decision<EventHappening>.Refuse(problems)
            : Decision<EventHappening>.Accept(new TimeSpentRecorded(command.Key, entries, reason.Length > 0 ? reason : null));
    }
}
