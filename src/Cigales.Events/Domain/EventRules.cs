using Cigales.SharedKernel;

namespace Cigales.Events.Domain;

/// <summary>
/// The rules an event's commands must pass: pure functions of the state, the command, the facts
/// the grain gathers elsewhere (does a convention have that axis?) and the day. One file per part
/// of an event's life: scheduling here, registrations, then what comes after.
/// </summary>
public static partial class EventRules
{
    /// <param name="axisExists">Whether the convention named by the event's axis has that axis (true when none is named).</param>
    public static Decision<EventHappening> Schedule(EventState state, string eventId, ScheduleEvent command, bool axisExists, DateTimeOffset now)
    {
        var details = Normalised(command);
        var problems = new List<Refusal>();
        void Check(bool broken, string field, string rule, string message)
        {
            if (broken)
            {
                problems.Add(Refusal.Invalid(field, rule, message));
            }
        }

        var places = details.Places;
        var registration = details.Registration!;
        Check(details.Title.Length == 0, "title", "event.title_required", "title must not be blank");
        Check(details.End < details.Start, "dates.end", "period.end_not_before_start", $"dates.end {Iso(details.End)} is before dates.start {Iso(details.Start)}");
        Check(details is { StartTime: { } from, EndTime: { } to } && details.Start == details.End && to < from,
            "end_time", "event.end_after_start", "a one-day event ends after it starts");
        Check(places.Any(place => place.Name.Length == 0), "places", "event.place_named", "every place must be named");
        Check(places.Select(place => place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != places.Count, "places", "event.places_distinct", "each place is named once");
        Check(places.Any(place => place.Capacity < 0) || registration.OnlineCapacity < 0 || registration.MinimumParticipants < 0,
            "registration", "event.capacity", "capacities and the minimum are counted from zero up (0: no limit)");
        Check(details.Format != EventFormat.Video && places.Count == 0, "places", "event.place_or_video_link",
            details.Format == EventFormat.InPerson ? "an event in person needs at least one place" : "an event needs at least one place or a video link");
        Check(details.Format != EventFormat.InPerson && details.VideoLink.Length == 0, "video_link", "event.video_link",
            "an event online needs its video link");
        Check(details.Format == EventFormat.Video && places.Count > 0, "places", "event.video_no_place", "an event on video only has no place: make it hybrid");
        Check(registration.CancellationDeadline > details.Start, "registration.cancellation_deadline", "event.cancellation_deadline",
            "registrants may cancel until the event at the latest");
        Check(details.Partners!.Any(partner => partner.Length == 0), "partners", "event.partner_named", "every partner must be named");
        Check(!axisExists, "axis", "convention.axis_exists", $"convention '{details.Axis?.ConventionId}' has no axis {details.Axis?.Axis}");
        if (problems.Count > 0)
        {
            return Decision<EventHappening>.Refuse(problems);
        }

        var scheduling = new EventScheduled(eventId, details, now);
        if (state.Scheduling is { } existing)
        {
            // The same scheduling again is a retry of the same request: answer it, change nothing.
            return Same(existing.Details, details)
                ? Decision<EventHappening>.Accept()
                : Refusal.Conflict("request_id", "event.request_reused", $"request_id already scheduled the event '{existing.Details.Title}' with other details");
        }

        return Decision<EventHappening>.Accept(scheduling);
    }

    public static Decision<EventHappening> SetRegistrationOpen(EventState state, bool open) =>
        Exists(state) ?? Scheduled(state)
        ?? (state.RegistrationOpen == open ? Decision<EventHappening>.Accept() : Decision<EventHappening>.Accept(new RegistrationOpenSet(open)));

    /// <summary>Trimmed, with the format inferred when not given, and no null list or settings.</summary>
    private static ScheduleEvent Normalised(ScheduleEvent command)
    {
        var places = command.Places.Select(place => place with { Name = place.Name.Trim() }).ToList();
        var link = command.VideoLink.Trim();
        return command with
        {
            Title = command.Title.Trim(),
            Description = command.Description.Trim(),
            Places = places,
            VideoLink = link,
            Format = command.Format ?? (places.Count > 0 && link.Length > 0 ? EventFormat.Hybrid : link.Length > 0 ? EventFormat.Video : EventFormat.InPerson),
            Partners = (command.Partners ?? []).Select(partner => partner.Trim()).ToList(),
            Registration = command.Registration ?? RegistrationSettings.Closed,
        };
    }

    private static bool Same(ScheduleEvent a, ScheduleEvent b) =>
        a with { Places = [], Partners = [] } == b with { Places = [], Partners = [] }
        && a.Places.SequenceEqual(b.Places)
        && a.Partners!.SequenceEqual(b.Partners!);

    private static Refusal? Exists(EventState state) =>
        state.Exists ? null : Unknown.Event();

    private static Refusal? Scheduled(EventState state) => state.Status switch
    {
        EventStatus.Cancelled => Refusal.Precondition(string.Empty, "event.cancelled", $"the event was cancelled on {Iso(state.Cancellation!.On)}"),
        EventStatus.Held => Refusal.Precondition(string.Empty, "event.held", "the event is over: its attendance is recorded"),
        _ => null,
    };

    private static Refusal? NotFuture(string field, DateOnly date, DateOnly today) =>
        date > today ? Refusal.Invalid(field, "date.not_future", $"{field} {Iso(date)} is in the future") : null;

    private static string Iso(DateOnly date) => CalendarDate.ToIso(date);
}
