using Bunit;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Web.Components.Pages.Evenements;

namespace Cigales.Web.Tests.Evenements;

public sealed class SchedulingAnEvent : ScreenTest
{
    private const string Convention = ConventionsListed.Convention;

    public SchedulingAnEvent() =>
        Api.Answer("ListConventions", (ListConventionsRequest _) => ConventionsListed.The2025One());

    [Fact]
    public void SchedulingSendsTheFieldsTyped()
    {
        Api.Answer("ScheduleEvent", (ScheduleEventRequest request) => new Event { EventId = "ccf-juin", Title = request.Title });
        var screen = RenderScreen<ScheduleEvent>();
        screen.WaitForAssertion(() => Assert.Contains("Convention servie", screen.Markup, StringComparison.Ordinal));

        screen.Pick("Type d'événement", EventKind.CigalesCherchentFourmis);
        screen.Fill("Titre", "Cigales cherchent Fourmis");
        screen.Fill("Premier jour", "20/06/2025");
        screen.Fill("Heure de début", "14:00");
        screen.Fill("Heure de fin", "18:00");
        screen.Fill("Lieu 1", "Calais");
        screen.Fill("Places assises, lieu 1", "2");
        screen.Click("Ajouter un lieu");
        screen.Fill("Lieu 2", "Montreuil-sur-Mer");
        screen.Fill("Partenaires", "Pas-de-Calais Actif");
        screen.Pick("Convention servie", Convention);
        screen.Pick("Axe de la convention", 3);
        screen.Fill("Participants au minimum", "3");
        screen.Click("Programmer l'événement");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<ScheduleEventRequest>("ScheduleEvent")));
        var sent = Api.SentTo<ScheduleEventRequest>("ScheduleEvent").Single();
        Assert.Equal(EventKind.CigalesCherchentFourmis, sent.Kind);
        Assert.Equal("Cigales cherchent Fourmis", sent.Title);
        Assert.Equal(("2025-06-20", "2025-06-20"), (sent.Dates.Start, sent.Dates.End));
        Assert.Equal(("14:00", "18:00"), (sent.StartTime, sent.EndTime));
        Assert.Equal([("Calais", 2), ("Montreuil-sur-Mer", 0)], sent.Places.Select(place => (place.Name, place.Capacity)));
        Assert.Equal(["Pas-de-Calais Actif"], sent.Partners);
        Assert.Equal((Convention, 3), (sent.Axis.ConventionId, sent.Axis.Axis));
        Assert.Equal(3, sent.Registration.MinimumParticipants);
        Assert.True(Guid.TryParse(sent.RequestId, out _));
    }

    [Fact]
    public void ARefusedSchedulingShowsTheRuleBesideItsFieldAndARetryKeepsItsKey()
    {
        Api.Refuse("ScheduleEvent", Refusals.Invalid("video_link", "string.max_len"));
        var screen = RenderScreen<ScheduleEvent>();
        screen.WaitForAssertion(() => Assert.Contains("Lien de la visio", screen.Markup, StringComparison.Ordinal));
        screen.Pick("Type d'événement", EventKind.Webinar);
        screen.Fill("Titre", "Webinaire de juin");
        screen.Fill("Lien de la visio", "https://visio.example.org/webinaire");

        screen.Click("Programmer l'événement");

        screen.WaitForAssertion(() => Assert.Contains("Ce texte est trop long.", screen.Field("Lien de la visio").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Ce texte est trop long.", screen.Field("Titre").TextContent, StringComparison.Ordinal);
        Assert.Empty(screen.FindAll("[role=alert]"));

        screen.Click("Programmer l'événement");

        screen.WaitForAssertion(() => Assert.Equal(2, Api.SentTo<ScheduleEventRequest>("ScheduleEvent").Count()));
        Assert.Single(Api.SentTo<ScheduleEventRequest>("ScheduleEvent").Select(request => request.RequestId).Distinct());
    }

    [Fact]
    public void AProblemWithAPlaceShowsBesideThatPlace()
    {
        Api.Refuse("ScheduleEvent", Refusals.Invalid("places[1].name", "string.min_len"));
        var screen = RenderScreen<ScheduleEvent>();
        screen.WaitForAssertion(() => Assert.Contains("Lieu 1", screen.Markup, StringComparison.Ordinal));
        screen.Fill("Lieu 1", "Calais");
        screen.Click("Ajouter un lieu");
        screen.Fill("Places assises, lieu 2", "10");

        screen.Click("Programmer l'événement");

        screen.WaitForAssertion(() => Assert.Contains("Ce texte est trop court.", screen.Field("Lieu 2").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Ce texte est trop court.", screen.Field("Lieu 1").TextContent, StringComparison.Ordinal);
        Assert.Empty(screen.FindAll("[role=alert]"));
    }
}
