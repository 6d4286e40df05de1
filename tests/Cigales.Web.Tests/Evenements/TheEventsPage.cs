using Bunit;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Evenements;

namespace Cigales.Web.Tests.Evenements;

public sealed class TheEventsPage : ScreenTest
{
    private static Event PitchNight(string start = "2025-06-20") => new()
    {
        EventId = "ccf-juin",
        Kind = EventKind.CigalesCherchentFourmis,
        Title = "Cigales cherchent Fourmis à Calais",
        Dates = new DateRange { Start = start, End = start },
        Places = { new Place { Name = "Calais", Capacity = 20 } },
        State = EventState.Scheduled,
        Confirmed = 12,
        Waiting = 3,
    };

    [Fact]
    public void TheListShowsTheEventsToComeInFrench()
    {
        Api.Answer("ListEvents", (ListEventsRequest _) => new ListEventsResponse { Events = { PitchNight() }, Page = new() { NextToken = "page-2" } });

        var screen = RenderScreen<EventsPage>();

        screen.WaitForAssertion(() => Assert.Contains("Cigales cherchent Fourmis à Calais", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("20/06/2025", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Programmé", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("12 (+3 en attente)", screen.Markup, StringComparison.Ordinal);
        // From today on, unless the person says otherwise.
        Assert.Equal("2025-06-16", Api.SentTo<ListEventsRequest>("ListEvents").Single().From);

        screen.Click("Afficher plus d'événements");

        screen.WaitForAssertion(() => Assert.Equal(["", "page-2"], Api.SentTo<ListEventsRequest>("ListEvents").Select(request => request.Page.Token)));
    }

    [Fact]
    public void WithNothingComingThePastEventsAreOneClickAway()
    {
        Api.Answer("ListEvents", (ListEventsRequest request) => request.From.Length == 0
            ? new ListEventsResponse { Events = { PitchNight() }, Page = new() }
            : new ListEventsResponse { Page = new() });

        var screen = RenderScreen<EventsPage>();
        screen.WaitForAssertion(() => Assert.Contains("Aucun événement ne correspond.", screen.Markup, StringComparison.Ordinal));
        screen.Click("Afficher aussi les événements passés");

        screen.WaitForAssertion(() => Assert.Contains("Cigales cherchent Fourmis à Calais", screen.Markup, StringComparison.Ordinal));
        var asked = Api.SentTo<ListEventsRequest>("ListEvents").Select(request => request.From).ToList();
        Assert.Equal("2025-06-16", asked[0]);
        Assert.All(asked.Skip(1), from => Assert.Equal(string.Empty, from));
    }

    [Fact]
    public void TheCalendarPutsAnEventOnItsDayWithFrenchMonthNames()
    {
        Api.Answer("ListEvents", (ListEventsRequest request) => new ListEventsResponse
        {
            Events = { request.To.StartsWith("2025-06", StringComparison.Ordinal) ? PitchNight("2025-06-20") : PitchNight("2025-07-08") },
            Page = new(),
        });
        var screen = RenderScreen<EventsPage>();
        screen.WaitForAssertion(() => Assert.Contains("Calendrier", screen.Markup, StringComparison.Ordinal));

        screen.Click("Calendrier");

        screen.WaitForAssertion(() => Assert.Contains("Juin 2025", screen.Find("h2").TextContent, StringComparison.Ordinal));
        // Monday first, in French.
        Assert.Equal(["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."], screen.FindAll("[role=columnheader]").Select(header => header.TextContent.Trim()));
        var day = screen.Find("[data-day='2025-06-20']");
        Assert.Equal("/evenements/ccf-juin", day.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Cigales cherchent Fourmis à Calais", day.TextContent, StringComparison.Ordinal);
        Assert.Null(screen.Find("[data-day='2025-06-19']").QuerySelector("a"));
        // The weeks run from Monday 26 May to Sunday 6 July.
        Assert.Equal("2025-05-26", screen.FindAll("[role=cell]")[0].GetAttribute("data-day"));
        Assert.Equal("2025-07-06", screen.FindAll("[role=cell]")[^1].GetAttribute("data-day"));
        Assert.Contains(Api.SentTo<ListEventsRequest>("ListEvents"), request => request.To == "2025-06-30");

        screen.Click("Mois suivant");

        screen.WaitForAssertion(() => Assert.Contains("Juillet 2025", screen.Find("h2").TextContent, StringComparison.Ordinal));
        screen.WaitForAssertion(() => Assert.NotNull(screen.Find("[data-day='2025-07-08']").QuerySelector("a")));
        Assert.Contains(Api.SentTo<ListEventsRequest>("ListEvents"), request => request.To == "2025-07-31");
    }

    [Fact]
    public void AClubMemberIsOfferedNoEventNorTheirList()
    {
        SignedInAs("Martine Lefebvre", new Membership(Roles.ClubMember, ChtiKarite));

        var screen = RenderScreen<EventsPage>();

        screen.WaitForAssertion(() => Assert.Contains("votre accès ne les comprend pas", screen.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Programmer un événement", screen.Markup, StringComparison.Ordinal);
        Assert.Empty(Api.Sent);
    }
}
