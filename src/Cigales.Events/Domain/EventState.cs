using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Events.Domain;

/// <summary>A registration as the event's history knows it (no name, no e-mail).</summary>
public sealed record RegistrationLine(Registered Registration, RegistrationStatus Status)
{
    public string Id => Registration.RegistrationId;

    public string Place => Registration.Place;
}

/// <summary>An event as its history made it; <see cref="Scheduling"/> is null until it is scheduled.</summary>
public sealed record EventState : IEventSourced<EventState, EventHappening>
{
    public static EventState Initial { get; } = new();

    public EventScheduled? Scheduling { get; init; }

    public bool RegistrationOpen { get; init; }

    /// <summary>In the order they came: the waiting list's order.</summary>
    public ImmutableList<RegistrationLine> Registrations { get; init; } = [];

    public EventCancelled? Cancellation { get; init; }

    public AttendanceRecorded? Attendance { get; init; }

    public ImmutableList<Pitch> Pitches { get; init; } = [];

    public ImmutableList<TimeSpentRecorded> TimeSpent { get; init; } = [];

    public bool Exists => Scheduling is not null;

    public ScheduleEvent Details => Scheduling!.Details;

    public EventStatus Status => Cancellation is not null ? EventStatus.Cancelled : Attendance is not null ? EventStatus.Held : EventStatus.Scheduled;

    public int Confirmed => Registrations.Count(line => line.Status == RegistrationStatus.Confirmed);

    public int ConfirmedAt(string place) => Registrations.Count(line => line.Place == place && line.Status == RegistrationStatus.Confirmed);

    public IEnumerable<RegistrationLine> WaitingFor(string place) => Registrations.Where(line => line.Place == place && line.Status == RegistrationStatus.Waiting);

    public int WaitingPosition(RegistrationLine line) =>
        line.Status == RegistrationStatus.Waiting ? WaitingFor(line.Place).TakeWhile(other => other.Id != line.Id).Count() + 1 : 0;

    /// <summary>The seats at a place (empty: online); 0 for no limit.</summary>
    public int CapacityOf(string place) =>
        place.Length == 0 ? Details.Registration!.OnlineCapacity : Details.Places.First(p => p.Name == place).Capacity;

    /// <summary>The last day a registrant may cancel: the event's own deadline, or the day before it.</summary>
    public DateOnly CancellationDeadline => Details.Registration!.CancellationDeadline ?? Details.Start.AddDays(-1);

    public EventState Apply(EventHappening happening) => happening switch
    {
        EventScheduled scheduled => this with { Scheduling = scheduled, RegistrationOpen = scheduled.Details.Registration!.Open },
        RegistrationOpenSet set => this with { RegistrationOpen = set.Open },
        Registered registered => this with { Registrations = Registrations.Add(new RegistrationLine(registered, registered.Status)) },
        RegistrationCancelled cancelled => WithStatus(cancelled.RegistrationId, RegistrationStatus.Cancelled),
        WaitingPromoted promoted => WithStatus(promoted.RegistrationId, RegistrationStatus.Confirmed),
        EventCancelled cancelled => this with { Cancellation = cancelled },
        AttendanceRecorded attendance => this with { Attendance = attendance },
        HolderPitched pitched => this with { Pitches = Pitches.Add(new Pitch(pitched.ProjectHolderId, pitched.Moved, pitched.Note)) },
        TimeSpentRecorded time => this with { TimeSpent = TimeSpent.Add(time) },
        _ => throw new ArgumentOutOfRangeException(nameof(happening), happening.GetType().Name, "not an event's happening"),
    };

    private EventState WithStatus(string registrationId, RegistrationStatus status)
    {
        var line = Registrations.First(line => line.Id == registrationId);
        return this with { Registrations = Registrations.Replace(line, line with { Status = status }) };
    }

    public EventSnapshot? ToSnapshot() => Scheduling is not { } s
        ? null
        : new EventSnapshot(
            s.EventId, s.Details.Kind, s.Details.Title, s.Details.Start, s.Details.End, s.Details.Places, s.Details.VideoLink, s.RegisteredAt,
            s.Details.Description, s.Details.StartTime, s.Details.EndTime, s.Details.Format!.Value, s.Details.Partners!, s.Details.Axis,
            s.Details.Registration! with { Open = RegistrationOpen },
            Status,
            Confirmed,
            Registrations.Count(line => line.Status == RegistrationStatus.Waiting),
            Cancellation?.On,
            Cancellation is { } c ? c.Explanation : string.Empty,
            Attendance?.Attendance,
            Attendance?.CheckedIn ?? [],
            Attendance?.Outcome ?? string.Empty,
            TimeSpent.SelectMany(time => time.Entries).ToList(),
            Pitches,
            Attendance?.Places ?? [],
            TimeSpent.Select(time => time.Reason ?? string.Empty).Where(reason => reason.Length > 0).ToList());
}
