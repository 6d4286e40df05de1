using Cigales.Events.Domain;

namespace Cigales.Events.Grains;

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
