using Cigales.Events.Domain;
using Cigales.GrainInterfaces.Grants;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;
using static Cigales.Events.Api.EventsEnums;
using C = Cigales.Contracts.Events.V1;
using Common = Cigales.Contracts.Common.V1;
using D = Cigales.Events.Domain;

namespace Cigales.Events.Api;

/// <summary>Between the contract's messages and the domain's records; dates and times are parsed here, naming the field.</summary>
internal static class EventsMapping
{
    public static D.ScheduleEvent ToCommand(this C.ScheduleEventRequest request) => new(
        Kinds.ToDomain(request.Kind),
        request.Title,
        RequestValues.Date("dates.start", request.Dates.Start),
        RequestValues.Date("dates.end", request.Dates.End),
        request.Places.Select(place => new D.Place(place.Name, place.Capacity)).ToList(),
        request.VideoLink,
        request.Description,
        request.StartTime.Length == 0 ? null : RequestValues.TimeOfDay("start_time", request.StartTime),
        request.EndTime.Length == 0 ? null : RequestValues.TimeOfDay("end_time", request.EndTime),
        request.Format == C.EventFormat.Unspecified ? null : Formats.ToDomain(request.Format),
        request.Partners.ToList(),
        request.Axis?.ToDomain(),
        request.Registration is { } settings
            ? new D.RegistrationSettings(
                settings.Open,
                settings.OnlineCapacity,
                settings.CancellationDeadline.Length == 0 ? null : RequestValues.Date("registration.cancellation_deadline", settings.CancellationDeadline),
                settings.MinimumParticipants)
            : null);

    public static ConventionAxis ToDomain(this C.ConventionAxis axis) => new(axis.ConventionId, axis.Axis);

    public static D.Registrant ToDomain(this C.Registrant registrant) => new(
        RegistrantKinds.ToDomain(registrant.Kind), registrant.Name, registrant.Email, registrant.ProjectName, registrant.ProjectHolderId,
        registrant.ClubId, registrant.Organisation);

    public static D.Attendance ToDomain(this C.Attendance attendance) => new(
        attendance.ProjectsAnnounced, attendance.ProjectsPresent, attendance.Holders, attendance.Volunteers, attendance.Staff, attendance.Others);

    /// <summary>The counts as a whole, or place by place (the whole then left to the sum of the places).</summary>
    public static D.RecordAttendance ToCommand(this C.RecordAttendanceRequest request) => new(
        request.Attendance?.ToDomain() ?? D.Attendance.None,
        request.DeclaredTotal == 0 ? null : request.DeclaredTotal,
        request.CheckedIn.ToList(),
        request.Outcome,
        request.Places.Select(place => new D.PlaceAttendance(place.Place, place.Attendance.ToDomain())).ToList());

    public static D.RecordOutsideWork ToCommand(this C.RecordOutsideWorkRequest request) => new(
        OutsideWorkKinds.ToDomain(request.Kind),
        request.Description,
        RequestValues.Date("dates.start", request.Dates.Start),
        RequestValues.Date("dates.end", request.Dates.End),
        request.Entries.Select(entry => entry.ToDomain()).ToList());

    public static D.TimeEntry ToDomain(this C.TimeEntry entry) =>
        new(entry.Person, (decimal)entry.StaffDays, (decimal)entry.VolunteerHours, entry.Axis.ToDomain());

    public static C.Event ToContract(this D.EventSnapshot e) => new()
    {
        EventId = e.EventId,
        Kind = Kinds.ToContract(e.Kind),
        Title = e.Title,
        Dates = new Common.DateRange { Start = CalendarDate.ToIso(e.Start), End = CalendarDate.ToIso(e.End) },
        Places = { e.Places.Select(place => new C.Place { Name = place.Name, Capacity = place.Capacity }) },
        VideoLink = e.VideoLink,
        RegisteredAt = Timestamp.FromDateTimeOffset(e.RegisteredAt),
        Description = e.Description,
        StartTime = e.StartTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        EndTime = e.EndTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        Format = Formats.ToContract(e.Format),
        Partners = { e.Partners },
        Axis = e.Axis?.ToContract(),
        Registration = new C.RegistrationSettings
        {
            Open = e.Registration.Open,
            OnlineCapacity = e.Registration.OnlineCapacity,
            CancellationDeadline = e.Registration.CancellationDeadline is { } deadline ? CalendarDate.ToIso(deadline) : string.Empty,
            MinimumParticipants = e.Registration.MinimumParticipants,
        },
        State = States.ToContract(e.Status),
        Confirmed = e.Confirmed,
        Waiting = e.Waiting,
        CancelledOn = e.CancelledOn is { } on ? CalendarDate.ToIso(on) : string.Empty,
        CancellationReason = e.CancellationReason,
        Attendance = e.Attendance?.ToContract(),
        CheckedIn = { e.CheckedIn },
        Outcome = e.Outcome,
        TimeSpent = { e.TimeSpent.Select(ToContract) },
        Pitches = { e.Pitches.Select(pitch => new C.Pitch { ProjectHolderId = pitch.ProjectHolderId, Moved = pitch.Moved, Note = pitch.Note }) },
        AttendanceByPlace = { e.AttendanceByPlace.Select(place => new C.PlaceAttendance { Place = place.Place, Attendance = place.Attendance.ToContract() }) },
        TimeSpentReasons = { e.TimeSpentReasons },
    };

    public static C.OutsideWork ToContract(this D.OutsideWorkSnapshot work) => new()
    {
        WorkId = work.WorkId,
        Kind = OutsideWorkKinds.ToContract(work.Kind),
        Description = work.Description,
        Dates = new Common.DateRange { Start = CalendarDate.ToIso(work.Start), End = CalendarDate.ToIso(work.End) },
        Entries = { work.Entries.Select(ToContract) },
        RecordedAt = Timestamp.FromDateTimeOffset(work.RecordedAt),
    };

    public static C.AxisTime ToContract(this AxisTime axis) => new()
    {
        Axis = axis.Axis.ToContract(),
        StaffDays = (double)axis.StaffDays,
        VolunteerHours = (double)axis.VolunteerHours,
        Events = axis.Events,
        StaffDaysOutsideEvents = (double)axis.StaffDaysOutsideEvents,
        VolunteerHoursOutsideEvents = (double)axis.VolunteerHoursOutsideEvents,
        OutsideWork = axis.OutsideWork,
    };

    public static C.ConventionAxis ToContract(this ConventionAxis axis) => new() { ConventionId = axis.ConventionId, Axis = axis.Axis };

    public static C.Attendance ToContract(this D.Attendance a) => new()
    {
        ProjectsAnnounced = a.ProjectsAnnounced,
        ProjectsPresent = a.ProjectsPresent,
        Holders = a.Holders,
        Volunteers = a.Volunteers,
        Staff = a.Staff,
        Others = a.Others,
        Total = a.Total,
    };

    public static C.TimeEntry ToContract(this D.TimeEntry entry) => new()
    {
        Person = entry.Person,
        StaffDays = (double)entry.StaffDays,
        VolunteerHours = (double)entry.VolunteerHours,
        Axis = entry.Axis.ToContract(),
    };

    public static C.Registration ToContract(this D.RegistrationSnapshot r) => new()
    {
        RegistrationId = r.RegistrationId,
        EventId = r.EventId,
        Registrant = new C.Registrant
        {
            Kind = RegistrantKinds.ToContract(r.Registrant.Kind),
            Name = r.Registrant.Name,
            Email = r.Registrant.Email,
            ProjectName = r.Registrant.ProjectName,
            ProjectHolderId = r.Registrant.ProjectHolderId,
            ClubId = r.Registrant.ClubId,
            Organisation = r.Registrant.Organisation,
        },
        Place = r.Place,
        Status = RegistrationStatuses.ToContract(r.Status),
        WaitingPosition = r.WaitingPosition,
        RegisteredAt = Timestamp.FromDateTimeOffset(r.RegisteredAt),
    };

    public static C.KindFigures ToContract(this KindFigures figures) => new()
    {
        Kind = figures.Kind is { } kind ? Kinds.ToContract(kind) : C.EventKind.Unspecified,
        Scheduled = figures.Scheduled,
        Held = figures.Held,
        Cancelled = figures.Cancelled,
        Attendance = figures.Attendance.ToContract(),
    };
}
