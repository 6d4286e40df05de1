using Cigales.Events.Domain;
using Cigales.GrainInterfaces.Grants;
using static Cigales.Events.Tests.Domain.EventStates;

namespace Cigales.Events.Tests.Domain;

public sealed class EventSchedulingRules
{
    private static IReadOnlyList<string> RulesBroken(ScheduleEvent command, bool axisExists = true) =>
        EventRules.Schedule(EventState.Initial, "e", command, axisExists, Now).Refusals.Select(refusal => refusal.Rule).ToList();

    [Fact]
    public void APitchNightInTwoTownsIsScheduledInPerson()
    {
        var scheduled = Assert.IsType<EventScheduled>(Assert.Single(EventRules.Schedule(EventState.Initial, "e", PitchNight, true, Now).Events));

        Assert.Equal(["Calais", "Montreuil-sur-Mer"], scheduled.Details.Places.Select(place => place.Name));
        Assert.Equal(EventFormat.InPerson, scheduled.Details.Format);
    }

    [Fact]
    public void AWorkshopWithALinkOnlyIsOnVideoAndOneWithBothIsHybrid()
    {
        Assert.Equal(EventFormat.Video, Scheduled(Workshop).Details.Format);
        Assert.Equal(EventFormat.Hybrid, Scheduled(Workshop with { Places = [new Place("Arras")] }).Details.Format);
    }

    [Fact]
    public void EachKindOfPlaceProblemIsNamed()
    {
        Assert.Equal(["event.place_or_video_link"], RulesBroken(Workshop with { VideoLink = string.Empty }));
        Assert.Equal(["event.video_link"], RulesBroken(PitchNight with { Format = EventFormat.Hybrid }));
        Assert.Equal(["event.video_no_place"], RulesBroken(Workshop with { Format = EventFormat.Video, Places = [new Place("Arras")] }));
        Assert.Equal(["event.places_distinct"], RulesBroken(PitchNight with { Places = [new Place("Calais"), new Place("calais")] }));
    }

    [Fact]
    public void EveryProblemOfTheRequestIsListedAtOnce()
    {
        var command = PitchNight with
        {
            Title = " ",
            End = PitchNight.Start.AddDays(-1),
            Registration = PitchNight.Registration! with { CancellationDeadline = PitchNight.Start.AddDays(1) },
            Axis = new ConventionAxis("c", 4),
        };

        Assert.Equal(
            ["event.title_required", "period.end_not_before_start", "event.cancellation_deadline", "convention.axis_exists"],
            RulesBroken(command, axisExists: false));
    }

    [Fact]
    public void AOneDayEventEndsAfterItStarts()
    {
        Assert.Equal(["event.end_after_start"], RulesBroken(PitchNight with { StartTime = new TimeOnly(18, 0), EndTime = new TimeOnly(14, 0) }));
    }

    [Fact]
    public void TheSameSchedulingAgainChangesNothingAndAnotherUnderTheSameIdIsRefused()
    {
        var state = Scheduled(PitchNight);

        var again = EventRules.Schedule(state, "e", PitchNight, true, Now.AddMinutes(1));
        var other = EventRules.Schedule(state, "e", PitchNight with { Title = "Autre" }, true, Now);

        Assert.Empty(again.Events);
        Assert.False(again.IsRefused);
        Assert.Equal("event.request_reused", other.Refusal!.Rule);
    }
}
