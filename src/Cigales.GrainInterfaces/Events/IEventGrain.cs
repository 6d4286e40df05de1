namespace Cigales.GrainInterfaces.Events;

/// <summary>
/// An event organised or attended by the association, keyed by its id: the single writer of its
/// registrations (so that seats are never given twice and the waiting list keeps its order), its
/// cancellation, attendance and time spent.
/// </summary>
public interface IEventGrain : IGrainWithStringKey
{
    /// <summary>Schedules the event; a retry with the same details answers it as scheduled.</summary>
    Task<EventSnapshot> ScheduleAsync(ScheduleEvent command);

    /// <summary>The event, or null when none has this id.</summary>
    Task<EventSnapshot?> GetAsync();

    Task<EventSnapshot> SetRegistrationOpenAsync(bool open);

    /// <summary>Confirmed while seats are left at the place, waiting otherwise; once per key.</summary>
    Task<RegistrationSnapshot> RegisterAsync(Register command);

    /// <summary>Confirmed first, then waiting in order, then cancelled.</summary>
    Task<IReadOnlyList<RegistrationSnapshot>> GetRegistrationsAsync();

    /// <summary>Until the cancellation deadline; a confirmed seat freed goes to the first one waiting for that place.</summary>
    Task<RegistrationSnapshot> CancelRegistrationAsync(string registrationId, DateOnly on);

    Task<EventSnapshot> CancelAsync(CancelEvent command);

    /// <summary>The typed head counts after the event; holders checked in at a pitch night move to "pitched" in Finance, once.</summary>
    Task<EventSnapshot> RecordAttendanceAsync(RecordAttendance command);

    /// <summary>Staff days and volunteer hours for convention axes, once per key.</summary>
    Task<EventSnapshot> RecordTimeSpentAsync(RecordTimeSpent command);
}

[GenerateSerializer]
public enum EventKind
{
    CigalesCherchentFourmis,
    Workshop,
    EntrCitoyens,
    Webinar,
    InterClub,
    Afterwork,
    AperoCigales,
    Breakfast,
    Regional,
    Partner,
    WorkingGroup,
    Other,
}

[GenerateSerializer]
public enum EventFormat
{
    InPerson,
    Video,
    Hybrid,
}

[GenerateSerializer]
public enum EventStatus
{
    Scheduled,
    Cancelled,
    /// <summary>Its attendance is recorded.</summary>
    Held,
}

/// <param name="Capacity">Seats for registrants; 0 for no limit.</param>
[GenerateSerializer, Immutable]
public sealed record Place([property: Id(0)] string Name, [property: Id(1)] int Capacity = 0);

/// <summary>A convention's action axis.</summary>
[GenerateSerializer, Immutable]
public sealed record ConventionAxis([property: Id(0)] string ConventionId, [property: Id(1)] int Axis);

/// <param name="OnlineCapacity">Seats online (video or hybrid); 0 for no limit.</param>
/// <param name="CancellationDeadline">The last day a registrant may cancel; null for the day before the event.</param>
/// <param name="MinimumParticipants">Below this many confirmed the organiser may cancel for lack of participants; 0 for none.</param>
[GenerateSerializer, Immutable]
public sealed record RegistrationSettings(
    [property: Id(0)] bool Open = false,
    [property: Id(1)] int OnlineCapacity = 0,
    [property: Id(2)] DateOnly? CancellationDeadline = null,
    [property: Id(3)] int MinimumParticipants = 0)
{
    public static RegistrationSettings Closed { get; } = new();
}

/// <param name="Format">Null to infer it: in person with places only, video with a link only, hybrid with both.</param>
[GenerateSerializer, Immutable]
public sealed record ScheduleEvent(
    [property: Id(0)] EventKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] DateOnly Start,
    [property: Id(3)] DateOnly End,
    [property: Id(4)] IReadOnlyList<Place> Places,
    [property: Id(5)] string VideoLink,
    [property: Id(6)] string Description = "",
    [property: Id(7)] TimeOnly? StartTime = null,
    [property: Id(8)] TimeOnly? EndTime = null,
    [property: Id(9)] EventFormat? Format = null,
    [property: Id(10)] IReadOnlyList<string>? Partners = null,
    [property: Id(11)] ConventionAxis? Axis = null,
    [property: Id(12)] RegistrationSettings? Registration = null);

[GenerateSerializer]
public enum RegistrantKind
{
    ProjectHolder,
    Citizen,
    ClubMember,
    Partner,
}

/// <summary>Who registers. The name and e-mail are kept apart from the event's history (they can be erased); the rest is in it.</summary>
[GenerateSerializer, Immutable]
public sealed record Registrant(
    [property: Id(0)] RegistrantKind Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] string Email = "",
    [property: Id(3)] string ProjectName = "",
    [property: Id(4)] string ProjectHolderId = "",
    [property: Id(5)] string ClubId = "",
    [property: Id(6)] string Organisation = "");

/// <param name="Key">The registration's id, derived from the client's idempotency key: a retry names the same registration.</param>
/// <param name="Place">One of the event's places; empty for online, or for the only place.</param>
[GenerateSerializer, Immutable]
public sealed record Register(
    [property: Id(0)] string Key,
    [property: Id(1)] Registrant Registrant,
    [property: Id(2)] string Place);

[GenerateSerializer]
public enum RegistrationStatus
{
    Confirmed,
    Waiting,
    Cancelled,
}

[GenerateSerializer, Immutable]
public sealed record RegistrationSnapshot(
    [property: Id(0)] string RegistrationId,
    [property: Id(1)] string EventId,
    [property: Id(2)] Registrant Registrant,
    [property: Id(3)] string Place,
    [property: Id(4)] RegistrationStatus Status,
    [property: Id(5)] int WaitingPosition,
    [property: Id(6)] DateTimeOffset RegisteredAt);

[GenerateSerializer]
public enum CancellationReason
{
    NotEnoughParticipants,
    Other,
}

[GenerateSerializer, Immutable]
public sealed record CancelEvent(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] CancellationReason Reason,
    [property: Id(2)] string Explanation);

/// <summary>The head counts the association reports; the people present are holders, volunteers, staff and others.</summary>
[GenerateSerializer, Immutable]
public sealed record Attendance(
    [property: Id(0)] int ProjectsAnnounced,
    [property: Id(1)] int ProjectsPresent,
    [property: Id(2)] int Holders,
    [property: Id(3)] int Volunteers,
    [property: Id(4)] int Staff,
    [property: Id(5)] int Others)
{
    public static Attendance None { get; } = new(0, 0, 0, 0, 0, 0);

    public int Total => Holders + Volunteers + Staff + Others;

    public Attendance Plus(Attendance other) => new(
        ProjectsAnnounced + other.ProjectsAnnounced, ProjectsPresent + other.ProjectsPresent, Holders + other.Holders,
        Volunteers + other.Volunteers, Staff + other.Staff, Others + other.Others);
}

/// <param name="DeclaredTotal">The total the organiser counted; null to let it be computed.</param>
/// <param name="CheckedIn">The registrations of the people present.</param>
[GenerateSerializer, Immutable]
public sealed record RecordAttendance(
    [property: Id(0)] Attendance Attendance,
    [property: Id(1)] int? DeclaredTotal,
    [property: Id(2)] IReadOnlyList<string> CheckedIn,
    [property: Id(3)] string Outcome);

/// <param name="Person">Who spent it; empty for a total of several people.</param>
[GenerateSerializer, Immutable]
public sealed record TimeEntry(
    [property: Id(0)] string Person,
    [property: Id(1)] decimal StaffDays,
    [property: Id(2)] decimal VolunteerHours,
    [property: Id(3)] ConventionAxis Axis);

[GenerateSerializer, Immutable]
public sealed record RecordTimeSpent(
    [property: Id(0)] string Key,
    [property: Id(1)] IReadOnlyList<TimeEntry> Entries);

/// <summary>A project holder checked in at a pitch night, and whether the pipeline moved.</summary>
[GenerateSerializer, Immutable]
public sealed record Pitch(
    [property: Id(0)] string ProjectHolderId,
    [property: Id(1)] bool Moved,
    [property: Id(2)] string Note);

[GenerateSerializer, Immutable]
public sealed record EventSnapshot(
    [property: Id(0)] string EventId,
    [property: Id(1)] EventKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] DateOnly Start,
    [property: Id(4)] DateOnly End,
    [property: Id(5)] IReadOnlyList<Place> Places,
    [property: Id(6)] string VideoLink,
    [property: Id(7)] DateTimeOffset RegisteredAt,
    [property: Id(8)] string Description,
    [property: Id(9)] TimeOnly? StartTime,
    [property: Id(10)] TimeOnly? EndTime,
    [property: Id(11)] EventFormat Format,
    [property: Id(12)] IReadOnlyList<string> Partners,
    [property: Id(13)] ConventionAxis? Axis,
    [property: Id(14)] RegistrationSettings Registration,
    [property: Id(15)] EventStatus Status,
    [property: Id(16)] int Confirmed,
    [property: Id(17)] int Waiting,
    [property: Id(18)] DateOnly? CancelledOn,
    [property: Id(19)] string CancellationReason,
    [property: Id(20)] Attendance? Attendance,
    [property: Id(21)] IReadOnlyList<string> CheckedIn,
    [property: Id(22)] string Outcome,
    [property: Id(23)] IReadOnlyList<TimeEntry> TimeSpent,
    [property: Id(24)] IReadOnlyList<Pitch> Pitches);
