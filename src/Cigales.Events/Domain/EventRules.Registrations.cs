using Cigales.SharedKernel;

namespace Cigales.Events.Domain;

public static partial class EventRules
{
    /// <summary>
    /// Confirmed while the place has seats left, waiting otherwise: the grain takes registrations one
    /// at a time, so that no seat is given twice and the waiting list keeps the order they came in.
    /// </summary>
    public static Decision<EventHappening> Register(EventState state, string registrationId, Register command, DateTimeOffset now, DateOnly today)
    {
        var registrant = command.Registrant;
        if (state.Registrations.FirstOrDefault(line => line.Id == registrationId) is { } first)
        {
            var again = Registration(state, registrationId, command, first.Registration.Status, first.Registration.At);
            return again == first.Registration
                ? Decision<EventHappening>.Accept()
                : Refusal.Conflict("request_id", "registration.request_reused", "request_id already registered someone else, or for another place");
        }

        var refusal = Exists(state) ?? Scheduled(state)
            ?? (state.RegistrationOpen ? null : Refusal.Precondition(string.Empty, "registration.open", "registration for this event is closed"))
            ?? (today > state.Details.End ? Refusal.Precondition(string.Empty, "registration.before_end", "the event is over") : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = new List<Refusal>();
        void Check(bool broken, string field, string rule, string message)
        {
            if (broken)
            {
                problems.Add(Refusal.Invalid(field, rule, message));
            }
        }

        Check(registrant.Name.Trim().Length == 0, "registrant.name", "registrant.name_required", "name must not be blank");
        Check(registrant.Kind == RegistrantKind.ProjectHolder && registrant.ProjectName.Trim().Length == 0,
            "registrant.project_name", "registrant.project_named", "a project holder registers with the project's name");
        Check(registrant.Kind == RegistrantKind.ClubMember && registrant.ClubId.Trim().Length == 0,
            "registrant.club_id", "registrant.club_named", "a club member registers with the club's id");
        Check(registrant.Kind == RegistrantKind.Partner && registrant.Organisation.Trim().Length == 0,
            "registrant.organisation", "registrant.organisation_named", "a partner registers with the organisation's name");
        var place = PlaceOf(state, command.Place.Trim(), out var placeProblem);
        if (placeProblem is not null)
        {
            problems.Add(placeProblem);
        }

        if (problems.Count > 0)
        {
            return Decision<EventHappening>.Refuse(problems);
        }

        var capacity = state.CapacityOf(place);
        var status = capacity == 0 || state.ConfirmedAt(place) < capacity ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting;
        return Decision<EventHappening>.Accept(Registration(state, registrationId, command with { Place = place }, status, now));
    }

    /// <summary>Until the cancellation deadline; the seat freed goes to the first one waiting for that place.</summary>
    public static Decision<EventHappening> CancelRegistration(EventState state, string registrationId, DateOnly on, DateOnly today)
    {
        var line = state.Registrations.FirstOrDefault(line => line.Id == registrationId);
        var refusal = Exists(state)
            ?? (line is null ? Refusal.NotFound("registration_id", "registration.exists", $"the event has no registration '{registrationId}'") : null);
        if (refusal is not null)
        {
            return refusal;
        }

        if (line!.Status == RegistrationStatus.Cancelled)
        {
            return Decision<EventHappening>.Accept(); // already cancelled: a retry
        }

        refusal = Scheduled(state)
            ?? NotFuture("on", on, today)
            ?? (on > state.CancellationDeadline
                ? Refusal.Precondition("on", "registration.cancellation_deadline", $"registrations can be cancelled until {Iso(state.CancellationDeadline)}")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var cancelled = new RegistrationCancelled(registrationId, on);
        return line.Status == RegistrationStatus.Confirmed && state.WaitingFor(line.Place).FirstOrDefault() is { } next
            ? Decision<EventHappening>.Accept(cancelled, new WaitingPromoted(next.Id))
            : Decision<EventHappening>.Accept(cancelled);
    }

    private static Registered Registration(EventState state, string registrationId, Register command, RegistrationStatus status, DateTimeOffset at)
    {
        var registrant = command.Registrant;
        return new Registered(
            registrationId, registrant.Kind, registrant.ProjectName.Trim(), registrant.ProjectHolderId.Trim(), registrant.ClubId.Trim(),
            registrant.Organisation.Trim(), PlaceOf(state, command.Place.Trim(), out _), status, at);
    }

    /// <summary>The place asked for: one of the event's; empty for online, or for the only place of an event in person.</summary>
    private static string PlaceOf(EventState state, string asked, out Refusal? problem)
    {
        problem = null;
        var details = state.Details;
        if (asked.Length == 0)
        {
            if (details.Format != EventFormat.InPerson)
            {
                return string.Empty;
            }

            if (details.Places.Count == 1)
            {
                return details.Places[0].Name;
            }

            problem = Refusal.Invalid("place", "registration.place", $"the event takes place at {string.Join(", ", details.Places.Select(p => p.Name))}: say which");
            return asked;
        }

        if (details.Places.FirstOrDefault(place => string.Equals(place.Name, asked, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            return known.Name;
        }

        problem = Refusal.Invalid("place", "registration.place", $"the event has no place '{asked}'");
        return asked;
    }
}
