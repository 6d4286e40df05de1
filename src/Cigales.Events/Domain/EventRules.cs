using Cigales.GrainInterfaces.Events;
using Cigales.SharedKernel;

namespace Cigales.Events.Domain;

/// <summary>The rules an event's commands must pass; pure functions of the state, the command and the date.</summary>
public static class EventRules
{
    public static Decision<EventHappening> Schedule(EventState state, string eventId, ScheduleEvent command, DateTimeOffset now)
    {
        var title = command.Title.Trim();
        var places = command.Places.Select(place => place.Trim()).ToList();
        var refusal = title.Length == 0
            ? Refusal.Invalid("title", "event.title_required", "title must not be blank")
            : command.End < command.Start
                ? Refusal.Invalid("dates.end", "period.end_not_before_start", $"dates.end {CalendarDate.ToIso(command.End)} is before dates.start {CalendarDate.ToIso(command.Start)}")
                : places.Any(place => place.Length == 0)
                    ? Refusal.Invalid("places", "event.place_named", "every place must be named")
                    : places.Count == 0 && command.VideoLink.Length == 0
                        ? Refusal.Invalid("places", "event.place_or_video_link", "an event needs at least one place or a video link")
                        : null;
        if (refusal is not null)
        {
            return refusal;
        }

        var scheduling = new EventScheduled(eventId, command.Kind, title, command.Start, command.End, places, command.VideoLink, now);
        if (state.Scheduling is { } existing)
        {
            // The same scheduling again is a retry of the same request: answer it, change nothing.
            return existing.SameAs(scheduling)
                ? Decision<EventHappening>.Accept()
                : Refusal.Conflict("request_id", "event.request_reused", $"request_id already scheduled the event '{existing.Title}' with other details");
        }

        return Decision<EventHappening>.Accept(scheduling);
    }
}
