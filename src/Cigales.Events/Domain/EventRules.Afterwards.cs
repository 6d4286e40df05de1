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
    /// volunteers, staff and others; a declared total that is not their sum is refused), the
    /// check-ins of registered people, the outcome. Recording again replaces them; the same again changes nothing.
    /// </summary>
    public static Decision<EventHappening> RecordAttendance(EventState state, RecordAttendance command, DateOnly today)
    {
        var counts = command.Attendance;
        var refusal = Exists(state)
            ?? (state.Status == EventStatus.Cancelled ? Refusal.Precondition(string.Empty, "event.cancelled", $"the event was cancelled on {Iso(state.Cancellation!.On)}") : null)
            ?? (today < state.Details.Start ? Refusal.Precondition(string.Empty, "attendance.after_event", $"attendance is recorded once the event has taken place, from {Iso(state.Details.Start)}") : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = new List<Refusal>();
        if (new[] { counts.ProjectsAnnounced, counts.ProjectsPresent, counts.Holders, counts.Volunteers, counts.Staff, counts.Others }.Any(count => count < 0))
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

        var recorded = new AttendanceRecorded(counts, command.CheckedIn.Distinct().ToList(), command.Outcome.Trim());
        var unchanged = state.Attendance is { } before
            && before.Attendance == recorded.Attendance && before.Outcome == recorded.Outcome && before.CheckedIn.SequenceEqual(recorded.CheckedIn);
        return unchanged ? Decision<EventHappening>.Accept() : Decision<EventHappening>.Accept(recorded);
    }

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

    /// <param name="unknownAxes">The entries' axes that no convention has.</param>
    public static Decision<EventHappening> RecordTimeSpent(EventState state, RecordTimeSpent command, IReadOnlyCollection<ConventionAxis> unknownAxes)
    {
        var entries = command.Entries.Select(entry => entry with { Person = entry.Person.Trim() }).ToList();
        if (state.TimeSpent.FirstOrDefault(time => time.Key == command.Key) is { } first)
        {
            return first.Entries.SequenceEqual(entries)
                ? Decision<EventHappening>.Accept()
                : Refusal.Conflict("request_id", "time_spent.request_reused", "request_id already recorded other time");
        }

        var refusal = Exists(state)
            ?? (state.Status == EventStatus.Cancelled ? Refusal.Precondition(string.Empty, "event.cancelled", "no time is spent on a cancelled event") : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = new List<Refusal>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.StaffDays < 0 || entry.VolunteerHours < 0 || entry.StaffDays + entry.VolunteerHours == 0)
            {
                problems.Add(Refusal.Invalid($"entries[{i}]", "time_spent.positive", "an entry has staff days or volunteer hours, more than zero, none below"));
            }

            if (unknownAxes.Contains(entry.Axis))
            {
                problems.Add(Refusal.Invalid($"entries[{i}].axis", "convention.axis_exists", $"convention '{entry.Axis.ConventionId}' has no axis {entry.Axis.Axis}"));
            }
        }

        return problems.Count > 0 ? Decision<EventHappening>.Refuse(problems) : Decision<EventHappening>.Accept(new TimeSpentRecorded(command.Key, entries));
    }
}
