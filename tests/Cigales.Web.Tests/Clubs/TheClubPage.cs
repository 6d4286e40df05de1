using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Security;
using Cigales.Web.Api;
using Cigales.Web.Components.Pages.Clubs;
using Grpc.Core;

namespace Cigales.Web.Tests.Clubs;

public sealed class TheClubPage : ScreenTest
{
    private static ClubPage Page(long arrearsCents = 4000) => new()
    {
        Club = new Club { ClubId = ChtiKarite, Name = "Ch'ti Karité", Commune = "Arras", Department = "62", Status = ClubStatus.Forming, CreatedOn = "2025-03-01" },
        AsOf = "2025-06-16",
        StatusAsOf = ClubStatus.Forming,
        Members =
        {
            new Member { PersonId = "aline", FullName = "Aline Martin", JoinedOn = "2025-03-01", Current = true, MonthlyPledge = new Money { Cents = 2000 }, Contributed = new Money { Cents = 6000 }, Arrears = new Money { Cents = arrearsCents }, Share = new Money { Cents = 6000 } },
            new Member { PersonId = "bruno", FullName = "Bruno Petit", JoinedOn = "2025-03-01", Current = true, MonthlyPledge = new Money(), Contributed = new Money(), Arrears = new Money(), Share = new Money() },
        },
        Savings = new Savings { Contributions = new Money { Cents = 6000 }, AvailableFunds = new Money { Cents = 6000 }, Committed = new Money(), StakesHeld = new Money(), Gains = new Money(), ClubSavings = new Money { Cents = 6000 } },
    };

    private static Arrears ArrearsOf(long cents) => new()
    {
        AsOf = "2025-06-16",
        Lines = { new ArrearsLine { PersonId = "aline", FullName = "Aline Martin", Due = new Money { Cents = 8000 + cents - 4000 }, Paid = new Money { Cents = 6000 }, Arrears = new Money { Cents = cents } } },
        Total = new Money { Cents = cents },
    };

    [Fact]
    public void AClubsPageShowsItsMembersSavingsInFrench()
    {
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page());

        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));

        screen.WaitForAssertion(() => Assert.Contains("Aline Martin", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("60,00 €", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("En constitution", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("01/03/2025", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingAPledgeSendsTheMemberChosenTheCentsTypedAndTheMonth()
    {
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page());
        Api.Answer("SetPledge", (SetPledgeRequest _) => Page());

        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));
        screen.WaitForAssertion(() => Assert.Contains("Fixer le versement", screen.Markup, StringComparison.Ordinal));
        var members = screen.FindComponents<MemberSelect>();
        screen.InvokeAsync(() => members[0].Instance.PersonIdChanged.InvokeAsync("bruno"));
        screen.InvokeAsync(() => screen.FindComponents<Cigales.Web.Components.Shared.EurosField>()[0].Instance.ValueChanged.InvokeAsync("25,50"));
        screen.Click("Fixer le versement");

        var sent = Assert.Single(Api.SentTo<SetPledgeRequest>("SetPledge"));
        Assert.Equal(("bruno", 2550L, "2025-06"), (sent.PersonId, sent.Monthly.Cents, sent.FromMonth));
    }

    [Fact]
    public void ARecordedContributionCarriesItsKeyReusedOnARetryAndTheArrearsShownDrop()
    {
        var arrears = 4000L;
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page(arrears));
        Api.Answer("GetArrears", (GetArrearsRequest _) => ArrearsOf(arrears));
        Api.Refuse("RecordContribution", Refusals.Precondition("person_id", "member.during_month"));

        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));
        screen.WaitForAssertion(() => Assert.Contains("Versements et arriérés", screen.Markup, StringComparison.Ordinal));
        screen.FindAll(".mud-tab").Single(tab => tab.TextContent.Contains("Versements", StringComparison.Ordinal)).Click();
        screen.WaitForAssertion(() => Assert.Equal("40,00 €", screen.Find("[data-testid=total-arrieres]").TextContent));
        screen.InvokeAsync(() => screen.FindComponents<MemberSelect>()[0].Instance.PersonIdChanged.InvokeAsync("aline"));
        screen.InvokeAsync(() => screen.FindComponents<Cigales.Web.Components.Shared.EurosField>()[0].Instance.ValueChanged.InvokeAsync("20"));

        screen.Click("Enregistrer le versement");
        // The rule in French, beside the member it names.
        screen.WaitForAssertion(() => Assert.Contains(RefusalTexts.For("member.during_month", StatusCode.FailedPrecondition), screen.Find(".mud-input-error").TextContent, StringComparison.Ordinal));

        arrears = 2000;
        Api.Answer("RecordContribution", (RecordContributionRequest request) => new Contribution { ClubId = request.ClubId, RequestId = request.RequestId });
        screen.Click("Enregistrer le versement");

        screen.WaitForAssertion(() => Assert.Equal("20,00 €", screen.Find("[data-testid=total-arrieres]").TextContent));
        var sent = Api.SentTo<RecordContributionRequest>("RecordContribution").ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].RequestId, sent[1].RequestId);
        Assert.Equal(("aline", 2000L, "2025-06", "2025-06-16"), (sent[1].PersonId, sent[1].Amount.Cents, sent[1].Month, sent[1].PaidOn));
    }

    [Fact]
    public void AContributionWithoutAnAmountIsNotSentAndTheAmountIsSaidMissing()
    {
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page());
        Api.Answer("GetArrears", (GetArrearsRequest _) => ArrearsOf(4000));

        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));
        screen.WaitForAssertion(() => Assert.Contains("Versements et arriérés", screen.Markup, StringComparison.Ordinal));
        screen.FindAll(".mud-tab").Single(tab => tab.TextContent.Contains("Versements", StringComparison.Ordinal)).Click();
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Enregistrer le versement")));
        screen.Click("Enregistrer le versement");

        screen.WaitForAssertion(() => Assert.Equal("Saisissez le montant versé, en euros.", screen.Beneath("Montant versé")));
        Assert.Empty(Api.SentTo<RecordContributionRequest>("RecordContribution"));
    }

    [Fact]
    public void AClubMemberSeesTheClubButIsOfferedNoAction()
    {
        SignedInAs("Martine Lefebvre", new Membership(Roles.ClubMember, ChtiKarite));
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page());

        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));

        screen.WaitForAssertion(() => Assert.Contains("Aline Martin", screen.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Ajouter le membre", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Fixer le versement", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Historique", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTreasurerOfAnotherClubIsOfferedNoActionOnThisOne()
    {
        SignedInAs("Paul Durand", new Membership(Roles.ClubMember, ChtiKarite), new Membership(Roles.ClubTreasurer, "another-club"));
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page());

        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));

        screen.WaitForAssertion(() => Assert.Contains("Aline Martin", screen.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Fixer le versement", screen.Markup, StringComparison.Ordinal);
    }
}
