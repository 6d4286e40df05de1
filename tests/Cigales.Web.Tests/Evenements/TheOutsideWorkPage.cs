using Bunit;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Evenements;

namespace Cigales.Web.Tests.Evenements;

public sealed class TheOutsideWorkPage : ScreenTest
{
    private const string Convention = ConventionsListed.Convention;

    private static OutsideWork Work(string id, OutsideWorkKind kind, string description, string day, params (int Axis, double Days, double Hours)[] time) => new()
    {
        WorkId = id,
        Kind = kind,
        Description = description,
        Dates = new DateRange { Start = day, End = day },
        Entries = { time.Select(t => new TimeEntry { StaffDays = t.Days, VolunteerHours = t.Hours, Axis = new Contracts.Events.V1.ConventionAxis { ConventionId = Convention, Axis = t.Axis } }) },
    };

    public TheOutsideWorkPage()
    {
        Api.Answer("ListConventions", (ListConventionsRequest _) => ConventionsListed.The2025One());
        Api.Answer("ListOutsideWork", (ListOutsideWorkRequest request) => new ListOutsideWorkResponse
        {
            Work =
            {
                Work("w1", OutsideWorkKind.Newsletter, "Lettre d'information de mars", "2025-03-03", (1, 0.5, 6)),
                Work("w2", OutsideWorkKind.PartnerMeeting, "Réunion du Pôle de la Finance Solidaire", "2025-04-02", (3, 1, 0), (1, 0, 2)),
            },
            Page = new(),
        });
    }

    [Fact]
    public void StaffSeeTheWorkOfAConventionsPeriodAndAxisWithItsTotal()
    {
        var screen = RenderScreen<OutsideWorkPage>();
        screen.WaitForAssertion(() => Assert.Contains("Lettre d'information de mars", screen.Markup, StringComparison.Ordinal));

        screen.Pick("Convention (sa période)", Convention);
        screen.Pick("Axe", 1);

        screen.WaitForAssertion(() => Assert.Equal(3, Api.SentTo<ListOutsideWorkRequest>("ListOutsideWork").Count()));
        var asked = Api.SentTo<ListOutsideWorkRequest>("ListOutsideWork").Last();
        Assert.Equal((Convention, 1, "2025-01-01", "2025-12-31"), (asked.ConventionId, asked.Axis, asked.Period.Start, asked.Period.End));
        var table = screen.Find("[aria-label=\"Temps passé hors événement\"]");
        Assert.Contains("Réunion de partenaires", table.TextContent, StringComparison.Ordinal);
        var total = screen.FindAll("p").Single(text => text.TextContent.Contains("Total pour la convention", StringComparison.Ordinal)).TextContent;
        Assert.Equal("Total pour la convention : 0,5 jours salariés, 8 heures bénévoles.", string.Join(' ', total.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void RecordingSendsTheWorkTypedAndARefusalIsShownBesideItsLine()
    {
        Api.Refuse("RecordOutsideWork", Refusals.Invalid("entries[0].axis", "outside_work.in_convention_period"));
        var screen = RenderScreen<OutsideWorkPage>();
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer du temps hors événement", screen.Markup, StringComparison.Ordinal));

        screen.Pick("Type de travail", OutsideWorkKind.EnterpriseFollowUp);
        screen.Fill("Ce que c'était", "Suivi administratif annuel des entreprises cigalées");
        screen.Fill("Du", "01/12/2024");
        screen.Fill("Au", "05/12/2024");
        screen.Fill("Jours salariés, ligne 1", "2");
        screen.Pick("Convention, ligne 1", Convention);
        screen.Pick("Axe, ligne 1", 3);
        screen.Click("Enregistrer le temps hors événement");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordOutsideWorkRequest>("RecordOutsideWork")));
        var sent = Api.SentTo<RecordOutsideWorkRequest>("RecordOutsideWork").Single();
        Assert.Equal((OutsideWorkKind.EnterpriseFollowUp, "Suivi administratif annuel des entreprises cigalées", "2024-12-01", "2024-12-05"),
            (sent.Kind, sent.Description, sent.Dates.Start, sent.Dates.End));
        Assert.Equal((2d, Convention, 3), (sent.Entries.Single().StaffDays, sent.Entries.Single().Axis.ConventionId, sent.Entries.Single().Axis.Axis));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
        screen.WaitForAssertion(() => Assert.Contains("Les dates de ce travail ne sont pas dans la période de la convention.", screen.Field("Axe, ligne 1").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AClubMemberIsOfferedNothingAndNothingIsAsked()
    {
        SignedInAs("Martine Lefebvre", new Membership(Roles.ClubManager, ChtiKarite));

        var screen = RenderScreen<OutsideWorkPage>();

        screen.WaitForAssertion(() => Assert.Contains("votre accès ne le comprend pas", screen.Markup, StringComparison.Ordinal));
        Assert.Empty(Api.Sent);
    }
}
