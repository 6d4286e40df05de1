using Cigales.Events.Domain;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Finance;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.Events.Grains;

/// <summary>
/// The single writer of an event's stream. It asks the Grants grains whether a convention has the
/// axis named, and moves project holders checked in at a pitch night to "pitched" through the
/// Finance grains before it stores the attendance — once per holder: a holder already moved by
/// this event is not asked again.
/// </summary>
public sealed class EventGrain(IDocumentStore store, TimeProvider clock, ILogger<EventGrain> logger)
    : EventSourcedGrain<EventState, EventHappening>(store, logger), IEventGrain
{
    public async Task<EventSnapshot> ScheduleAsync(ScheduleEvent command)
    {
        var axisExists = command.Axis is not { } axis || (await GrainFactory.UnknownAxesAsync([axis])).Count == 0;
        await CommitAsync(EventRules.Schedule(State, StreamId, command, axisExists, clock.GetUtcNow()));
        return State.ToSnapshot()!;
    }

    public Task<EventSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());

    public Task<EventSnapshot> SetRegistrationOpenAsync(bool open) => ChangeAsync(EventRules.SetRegistrationOpen(State, open));

    public async Task<RegistrationSnapshot> RegisterAsync(Register command)
    {
        var id = command.Key;
        var registrant = command.Registrant;
        await CommitAsync(
            EventRules.Register(State, id, command, clock.GetUtcNow(), clock.Today()),
            session => session.Store(new RegistrantContact(id, StreamId, registrant.Name.Trim(), registrant.Email.Trim())));
        return await RegistrationAsync(id);
    }

    public async Task<IReadOnlyList<RegistrationSnapshot>> GetRegistrationsAsync()
    {
        if (!State.Exists)
        {
            throw new RefusedException(Unknown.Event());
        }

        await using var session = Store.QuerySession();
        var contacts = (await session.LoadManyAsync<RegistrantContact>(State.Registrations.Select(line => line.Id)))
            .ToDictionary(contact => contact.Id);
        return State.Registrations
            .OrderBy(line => line.Status)
            .Select(line => Snapshot(line, contacts.GetValueOrDefault(line.Id)))
            .ToList();
    }

    public async Task<RegistrationSnapshot> CancelRegistrationAsync(string registrationId, DateOnly on)
    {
        await CommitAsync(EventRules.CancelRegistration(State, registrationId, on, clock.Today()));
        return await RegistrationAsync(registrationId);
    }

    public Task<EventSnapshot> CancelAsync(CancelEvent command) => ChangeAsync(EventRules.Cancel(State, command, clock.Today()));

    public async Task<EventSnapshot> RecordAttendanceAsync(RecordAttendance command)
    {
        var decision = EventRules.RecordAttendance(State, command, clock.Today());
        if (decision.IsRefused || decision.Events.Count == 0)
        {
            return await ChangeAsync(decision);
        }

        var pitches = new List<EventHappening>();
        foreach (var holder in EventRules.HoldersToPitch(State, command))
        {
            pitches.Add(await PitchAsync(holder));
        }

        return await ChangeAsync(SharedKernel.Decision<EventHappening>.Accept([.. decision.Events, .. pitches]));
    }

    public async Task<EventSnapshot> RecordTimeSpentAsync(RecordTimeSpent command) =>
        await ChangeAsync(EventRules.RecordTimeSpent(State, command, await GrainFactory.UnknownAxesAsync(command.Entries.Select(entry => entry.Axis))));

    /// <summary>
    /// Moves the holder to "pitched", from this event, on its first day. A holder already further
    /// on, or out of the pipeline, stays where they are: the event records why.
    /// </summary>
    private async Task<HolderPitched> PitchAsync(string holderId)
    {
        var outcome = await GrainFactory.GetGrain<IHolderPipeline>(holderId).PitchedAtAsync(StreamId, State.Details.Start);
        return new HolderPitched(holderId, outcome.Moved, outcome.Reason);
    }

    private async Task<RegistrationSnapshot> RegistrationAsync(string id)
    {
        await using var session = Store.QuerySession();
        var contact = await session.LoadAsync<RegistrantContact>(id);
        return Snapshot(State.Registrations.First(line => line.Id == id), contact);
    }

    private RegistrationSnapshot Snapshot(RegistrationLine line, RegistrantContact? contact)
    {
        var r = line.Registration;
        var registrant = new Registrant(r.Kind, contact?.Name ?? string.Empty, contact?.Email ?? string.Empty, r.ProjectName, r.ProjectHolderId, r.ClubId, r.Organisation);
        return new RegistrationSnapshot(line.Id, StreamId, registrant, line.Place, line.Status, State.WaitingPosition(line), r.At);
    }

    private async Task<EventSnapshot> ChangeAsync(SharedKernel.Decision<EventHappening> decision)
    {
        await CommitAsync(decision);
        return State.ToSnapshot()!;
    }
}
