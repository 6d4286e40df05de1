using Cigales.Events.Domain;
using Cigales.GrainInterfaces.Events;
using Cigales.SharedKernel;

namespace Cigales.Events.Tests.Domain;

public sealed class EventSchedulingRules
{
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);

    // The pitch night of 23 November 2024, in two towns at once.
    private static readonly ScheduleEvent PitchNight = new(
        EventKind.CigalesCherchentFourmis,
        "Cigales cherchent Fourmis",
        new DateOnly(2024, 11, 23),
        new DateOnly(2024, 11, 23),
        ["Calais", "Montreuil-sur-Mer"],
        "");

    [Fact]
    public void APitchNightInTwoTownsIsScheduled()
    {
        var decision = EventRules.Schedule(EventState.Initial, "e", PitchNight, Now);

        var scheduled = Assert.IsType<EventScheduled>(Assert.Single(decision.Events));
        Assert.Equal(["Calais", "Montreuil-sur-Mer"], scheduled.Places);
        Assert.Equal(EventKind.CigalesCherchentFourmis, scheduled.Kind);
    }

    [Fact]
    public void AnOnlineWorkshopNeedsNoPlace()
    {
        var workshop = new ScheduleEvent(
            EventKind.Workshop, "Pour aller plus loin", new DateOnly(2024, 5, 21), new DateOnly(2024, 5, 21), [], "https://visio.example.org/pour-aller-plus-loin");

        Assert.False(EventRules.Schedule(EventState.Initial, "e", workshop, Now).IsRefused);
    }

    [Fact]
    public void AnEventWithNeitherPlaceNorLinkIsRefused()
    {
        var decision = EventRules.Schedule(EventState.Initial, "e", PitchNight with { Places = [] }, Now);

        Assert.Equal(("places", "event.place_or_video_link"), (decision.Refusal?.Field, decision.Refusal?.Rule));
    }

    [Fact]
    public void AnEventEndingBeforeItStartsIsRefused()
    {
        var decision = EventRules.Schedule(EventState.Initial, "e", PitchNight with { End = new DateOnly(2024, 11, 22) }, Now);

        Assert.Equal(("dates.end", RefusalKind.InvalidArgument), (decision.Refusal?.Field, decision.Refusal?.Kind));
    }

    [Fact]
    public void ABlankTitleIsRefused()
    {
        Assert.Equal("title", EventRules.Schedule(EventState.Initial, "e", PitchNight with { Title = "  " }, Now).Refusal?.Field);
    }

    [Fact]
    public void SchedulingTheSameEventAgainChangesNothingButOtherPlacesAreRefused()
    {
        var state = EventState.Initial.Apply(EventRules.Schedule(EventState.Initial, "e", PitchNight, Now).Events.Single());

        // A new list with the same places is the same scheduling.
        var retry = EventRules.Schedule(state, "e", PitchNight with { Places = ["Calais", "Montreuil-sur-Mer"] }, Now.AddMinutes(1));
        var other = EventRules.Schedule(state, "e", PitchNight with { Places = ["Guînes"] }, Now);

        Assert.Equal((false, 0), (retry.IsRefused, retry.Events.Count));
        Assert.Equal(RefusalKind.AlreadyExists, other.Refusal?.Kind);
    }
}
