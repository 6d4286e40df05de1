namespace Cigales.Events.Domain;

/// <summary>
/// What happened to an event (a meeting, a workshop...), as stored in its stream. The type names
/// are part of the stored data: rename one only with an upcaster. No registrant's name or e-mail
/// is ever stored here: they live in <see cref="RegistrantContact"/> documents, which can be erased.
/// </summary>
public abstract record EventHappening;

/// <param name="Details">As scheduled, normalised: trimmed, its format and settings resolved.</param>
public sealed record EventScheduled(string EventId, ScheduleEvent Details, DateTimeOffset RegisteredAt) : EventHappening;

public sealed record RegistrationOpenSet(bool Open) : EventHappening;

/// <summary>A registration, without the registrant's name and e-mail.</summary>
public sealed record Registered(
    string RegistrationId,
    RegistrantKind Kind,
    string ProjectName,
    string ProjectHolderId,
    string ClubId,
    string Organisation,
    string Place,
    RegistrationStatus Status,
    DateTimeOffset At) : EventHappening;

public sealed record RegistrationCancelled(string RegistrationId, DateOnly On) : EventHappening;

/// <summary>The first one waiting for a place gets the seat freed there.</summary>
public sealed record WaitingPromoted(string RegistrationId) : EventHappening;

public sealed record EventCancelled(DateOnly On, CancellationReason Reason, string Explanation) : EventHappening;

/// <param name="Attendance">The whole event's counts: the sum of the places' when given place by place.</param>
/// <param name="Places">Each place's counts, for an event recorded place by place; null in streams written before (and when recorded as a whole).</param>
public sealed record AttendanceRecorded(Attendance Attendance, IReadOnlyList<string> CheckedIn, string Outcome, IReadOnlyList<PlaceAttendance>? Places = null) : EventHappening;

/// <summary>A project holder checked in at a pitch night: moved to "pitched" in Finance, or why not.</summary>
public sealed record HolderPitched(string ProjectHolderId, bool Moved, string Note) : EventHappening;

/// <param name="Reason">Why time went to the event once cancelled (its preparation happened); null in streams written before, and for an event not cancelled.</param>
public sealed record TimeSpentRecorded(string Key, IReadOnlyList<TimeEntry> Entries, string? Reason = null) : EventHappening;

/// <summary>A registrant's name and e-mail, kept beside the stream under the registration's id so that they can be erased.</summary>
public sealed record RegistrantContact(string Id, string EventId, string Name, string Email);
