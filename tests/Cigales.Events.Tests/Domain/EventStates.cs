using Cigales.Events.Domain;
using Cigales.SharedKernel;

namespace Cigales.Events.Tests.Domain;

/// <summary>Events of the 2024 programme, and a way to take them through the pure rules.</summary>
public static class EventStates
{
    public static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 26);

    /// <summary>The pitch night of 23 November 2024, in two towns at once, 10 seats in each, 4 registrants at least.</summary>
    public static readonly ScheduleEvent PitchNight = new(
        EventKind.CigalesCherchentFourmis,
        "Cigales cherchent Fourmis",
        new DateOnly(2024, 11, 23),
        new DateOnly(2024, 11, 23),
        [new Place("Calais", 10), new Place("Montreuil-sur-Mer", 10)],
        string.Empty,
        StartTime: new TimeOnly(14, 0),
        EndTime: new TimeOnly(18, 0),
        Registration: new RegistrationSettings(Open: true, CancellationDeadline: new DateOnly(2024, 11, 20), MinimumParticipants: 4));

    /// <summary>A "Pour aller plus loin" workshop on video, 6 seats.</summary>
    public static readonly ScheduleEvent Workshop = new(
        EventKind.Workshop,
        "Pour aller plus loin",
        new DateOnly(2024, 5, 21),
        new DateOnly(2024, 5, 21),
        [],
        "https://visio.example.org/pour-aller-plus-loin",
        Registration: new RegistrationSettings(Open: true, OnlineCapacity: 6));

    public static EventState Then(EventState state, Decision<EventHappening> decision)
    {
        Assert.False(decision.IsRefused, decision.Refusal?.Message);
        return decision.Events.Aggregate(state, (current, happening) => current.Apply(happening));
    }

    public static EventState Scheduled(ScheduleEvent command) =>
        Then(EventState.Initial, EventRules.Schedule(EventState.Initial, "e", command, axisExists: true, Now));

    public static Register Holder(string key, string place = "", string holderId = "") =>
        new(key, new Registrant(RegistrantKind.ProjectHolder, $"Porteur {key}", $"{key}@example.org", $"Projet {key}", holderId), place);

    /// <summary>Registers one after the other, each under its own key.</summary>
    public static EventState Registered(EventState state, IEnumerable<Register> registrations) =>
        registrations.Aggregate(state, (current, registration) => Then(current, EventRules.Register(current, registration.Key, registration, Now, current.Details.Start.AddDays(-7))));
}
