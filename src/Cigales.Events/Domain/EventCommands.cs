using Cigales.GrainInterfaces.Grants;

namespace Cigales.Events.Domain;

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

public enum EventFormat
{
    InPerson,
    Video,
    Hybrid,
}

public enum EventStatus
{
    Scheduled,
    Cancelled,
    /// <summary>Its attendance is recorded.</summary>
    Held,
}

/// <param name="Capacity">Seats for registrants; 0 for no limit.</param>
public sealed record Place(string Name, int Capacity = 0);

/// <param name="OnlineCapacity">Seats online (video or hybrid); 0 for no limit.</param>
/// <param name="CancellationDeadline">The last day a registrant may cancel; null for the day before the event.</param>
/// <param name="MinimumParticipants">Below this many confirmed the organiser may cancel for lack of participants; 0 for none.</param>
public sealed record RegistrationSettings(
    bool Open = false,
    int OnlineCapacity = 0,
    DateOnly? CancellationDeadline = null,
    int MinimumParticipants = 0)
{
    public static RegistrationSettings Closed { get; } = new();
}

/// <param name="Format">Null to infer it: in person with places only, video with a link only, hybrid with both.</param>
public sealed record ScheduleEvent(
    EventKind Kind,
    string Title,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<Place> Places,
    string VideoLink,
    string Description = "",
    TimeOnly? StartTime = null,
    TimeOnly? EndTime = null,
    EventFormat? Format = null,
    IReadOnlyList<string>? Partners = null,
    ConventionAxis? Axis = null,
    RegistrationSettings? Registration = null);

public enum RegistrantKind
{
    ProjectHolder,
    Citizen,
    ClubMember,
    Partner,
}

/// <summary>Who registers. The name and e-mail are kept apart from the event's history (they can be erased); the rest is in it.</summary>
public sealed record Registrant(
    RegistrantKind Kind,
    string Name,
    string Email = "",
    string ProjectName = "",
    string ProjectHolderId = "",
    string ClubId = "",
    string Organisation = "");

/// <param name="Key">The registration's id, derived from the client's idempotency key: a retry names the same registration.</param>
/// <param name="Place">One of the event's places; empty for online, or for the only place.</param>
public sealed record Register(
    string Key,
    Registrant Registrant,
    string Place);

public enum RegistrationStatus
{
    Confirmed,
    Waiting,
    Cancelled,
}

public sealed record RegistrationSnapshot(
    string RegistrationId,
    string EventId,
    Registrant Registrant,
    string Place,
    RegistrationStatus Status,
    int WaitingPosition,
    DateTimeOffset RegisteredAt);

public enum CancellationReason
{
    NotEnoughParticipants,
    Other,
}

public sealed record CancelEvent(
    DateOnly On,
    CancellationReason Reason,
    string Explanation);

/// <summary>The head counts the association reports; the people present are holders, volunteers, staff and others.</summary>
public sealed record Attendance(
    int ProjectsAnnounced,
    int ProjectsPresent,
    int Holders,
    int Volunteers,
    int Staff,
    int Others)
{
    public static Attendance None { get; } = new(0, 0, 0, 0, 0, 0);

    public int Total => Holders + Volunteers + Staff + Others;

    public Attendance Plus(Attendance other) => new(
        ProjectsAnnounced + other.ProjectsAnnounced, ProjectsPresent + other.ProjectsPresent, Holders + other.Holders,
        Volunteers + other.Volunteers, Staff + other.Staff, Others + other.Others);
}

/// <summary>An event's head counts at one of its places.</summary>
public sealed record PlaceAttendance(string Place, Attendance Attendance);

/// <param name="Attendance">The whole event's counts; <see cref="Attendance.None"/> when given place by place.</param>
/// <param name="DeclaredTotal">The total the organiser counted; null to let it be computed.</param>
/// <param name="CheckedIn">The registrations of the people present.</param>
/// <param name="Places">The counts place by place, each of the event's places once; empty when given as a whole.</param>
public sealed record RecordAttendance(
    Attendance Attendance,
    int? DeclaredTotal,
    IReadOnlyList<string> CheckedIn,
    string Outcome,
    IReadOnlyList<PlaceAttendance>? Places = null);

/// <param name="Person">Who spent it; empty for a total of several people.</param>
public sealed record TimeEntry(
    string Person,
    decimal StaffDays,
    decimal VolunteerHours,
    ConventionAxis Axis);

/// <param name="Reason">Why time went to the event though it is cancelled; required then.</param>
public sealed record RecordTimeSpent(
    string Key,
    IReadOnlyList<TimeEntry> Entries,
    string Reason = "");

/// <summary>A project holder checked in at a pitch night, and whether the pipeline moved.</summary>
public sealed record Pitch(
    string ProjectHolderId,
    bool Moved,
    string Note);

public sealed record EventSnapshot(
    string EventId,
    EventKind Kind,
    string Title,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<Place> Places,
    string VideoLink,
    DateTimeOffset RegisteredAt,
    string Description,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    EventFormat Format,
    IReadOnlyList<string> Partners,
    ConventionAxis? Axis,
    RegistrationSettings Registration,
    EventStatus Status,
    int Confirmed,
    int Waiting,
    DateOnly? CancelledOn,
    string CancellationReason,
    Attendance? Attendance,
    IReadOnlyList<string> CheckedIn,
    string Outcome,
    IReadOnlyList<TimeEntry> TimeSpent,
    IReadOnlyList<Pitch> Pitches,
    IReadOnlyList<PlaceAttendance> AttendanceByPlace,
    IReadOnlyList<string> TimeSpentReasons);
