using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Clubs;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Cigales.Web.Tests.Clubs;

/// <summary>The club's own rules on its page: set and shown, a departure with its share settled, the deadline to recruit, the yearly statements.</summary>
public sealed class TheClubsRules : ScreenTest
{
    private static ClubPage Page(string recruitBy = "") => new()
    {
        Club = new Club { ClubId = ChtiKarite, Name = "Ch'ti Karité", Commune = "Arras", Department = "62", Status = ClubStatus.Investing, CreatedOn = "2025-03-01" },
        AsOf = "2025-06-16",
        StatusAsOf = ClubStatus.Investing,
        Members =
        {
            new Member { PersonId = "aline", FullName = "Aline Martin", JoinedOn = "2025-03-01", Current = true, MonthlyPledge = new Money(), Contributed = new Money { Cents = 6000 }, Arrears = new Money(), Share = new Money { Cents = 6000 } },
            new Member { PersonId = "bruno", FullName = "Bruno Petit", JoinedOn = "2025-03-01", Current = true, MonthlyPledge = new Money(), Contributed = new Money(), Arrears = new Money(), Share = new Money() },
            new Member
            {
                PersonId = "chloe", FullName = "Chloé Roux", JoinedOn = "2025-03-01", LeftOn = "2025-05-01", MonthlyPledge = new Money(), Contributed = new Money { Cents = 3000 }, Arrears = new Money(), Share = new Money(),
                Settlement = new ShareSettlement { Kind = SettlementKind.BoughtByNewcomer, Value = ShareValue.Contributions, Owed = new Money { Cents = 3000 }, BuyerId = "bruno", On = "2025-05-01" },
            },
        },
        Savings = new Savings { Contributions = new Money { Cents = 9000 }, AvailableFunds = new Money { Cents = 9000 }, Committed = new Money(), StakesHeld = new Money(), Gains = new Money(), ClubSavings = new Money { Cents = 9000 } },
        Rules = new ClubRules { DecisionRule = DecisionRule.QualifiedMajority, QualifiedNumerator = 2, QualifiedDenominator = 3, QuorumPercent = 50, BelowMinimum = BelowMinimumPolicy.RecruitByDeadline, RecruitMonths = 6 },
        RecruitBy = recruitBy,
    };

    [Fact]
    public void TheMembersTabShowsTheDeadlineToRecruitAndHowALeftMembersShareWasBought()
    {
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page(recruitBy: "2025-11-01"));

        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));

        screen.WaitForAssertion(() => Assert.Contains("Aline Martin", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("il doit recruter avant le 01/11/2025", screen.Find("[data-testid=recruter]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Rachetée par un nouveau membre · à la valeur des versements : 30,00 € dus par Bruno Petit", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ADepartureWithTheShareBoughtByTheOthersSendsTheSettlementAndItsKeyReusedOnARetry()
    {
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page());
        var answers = 0;
        Api.Answer("LeaveClub", (LeaveClubRequest _) => ++answers == 1
            ? throw new RpcException(new Status(StatusCode.Unavailable, "lost"))
            : Page());
        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer le départ", screen.Markup, StringComparison.Ordinal));

        screen.InvokeAsync(() => screen.FindComponents<MemberSelect>().Single(select => select.Instance.Label == "Membre qui part").Instance.PersonIdChanged.InvokeAsync("aline"));
        screen.Pick("Sa part", SettlementKind.BoughtByMembers);
        screen.WaitForAssertion(() => screen.Pick("Valeur de rachat (règlement du club)", ShareValue.PortfolioShare));
        screen.Click("Enregistrer le départ");
        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<LeaveClubRequest>("LeaveClub")));
        screen.Click("Enregistrer le départ");

        var sent = Api.SentTo<LeaveClubRequest>("LeaveClub").ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(("aline", SettlementKind.BoughtByMembers, ShareValue.PortfolioShare, ""), (sent[0].PersonId, sent[0].Settlement, sent[0].Value, sent[0].BuyerId));
        Assert.True(Guid.TryParse(sent[0].RequestId, out _));
        Assert.Equal(sent[0].RequestId, sent[1].RequestId);
    }

    [Fact]
    public void ARefusedDepartureSaysWhyBesideTheMember()
    {
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page());
        Api.Answer<LeaveClubRequest, ClubPage>("LeaveClub", _ => throw Refusals.Of(StatusCode.FailedPrecondition, "person_id", "club.min_members_kept", "after aline leaves the club would have 4 members"));
        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer le départ", screen.Markup, StringComparison.Ordinal));

        screen.InvokeAsync(() => screen.FindComponents<MemberSelect>().Single(select => select.Instance.Label == "Membre qui part").Instance.PersonIdChanged.InvokeAsync("aline"));
        screen.Click("Enregistrer le départ");

        screen.WaitForAssertion(() => Assert.Contains("son règlement le refuse tant qu'il n'a pas recruté", screen.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void TheLifeTabShowsTheRulesAndTheManagerChangesThem()
    {
        Api.Answer("SetClubRules", (SetClubRulesRequest _) => Page());

        var screen = RenderScreen<ClubLife>(parameters => parameters.Add(tab => tab.Page, Page()));
        Assert.Equal("Décisions d'investissement : Majorité qualifiée (2/3 des voix exprimées), quorum de 50 % des membres.", screen.Find("[data-testid=regle-de-decision]").TextContent.Trim());
        screen.Pick("Règle de décision", DecisionRule.Unanimity);
        screen.Pick("Départ sous 5 membres", BelowMinimumPolicy.Refuse);
        screen.Click("Enregistrer le règlement");

        var sent = Assert.Single(Api.SentTo<SetClubRulesRequest>("SetClubRules"));
        Assert.Equal((ChtiKarite, DecisionRule.Unanimity, 50, BelowMinimumPolicy.Refuse, "2025-06-16"), (sent.ClubId, sent.Rules.DecisionRule, sent.Rules.QuorumPercent, sent.Rules.BelowMinimum, sent.On));
    }

    [Fact]
    public void AMemberDownloadsTheirOwnYearlyStatementAndNoOneElses()
    {
        SignedInAsPerson("Aline Martin", "aline", new Membership(Roles.ClubMember, ChtiKarite));
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page());
        var html = "<h1>Relevé annuel 2024</h1>"u8.ToArray();
        Api.Answer("ExportMemberStatementHtml", (ExportMemberStatementRequest _) => new HttpBody { ContentType = "text/html; charset=utf-8", Data = ByteString.CopyFrom(html) });
        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("À imprimer")));

        screen.Click("À imprimer");

        screen.WaitForAssertion(() => JSInterop.VerifyInvoke("cigalesDownload"));
        var asked = Assert.Single(Api.SentTo<ExportMemberStatementRequest>("ExportMemberStatementHtml"));
        Assert.Equal((ChtiKarite, "aline", 2024), (asked.ClubId, asked.PersonId, asked.Year));
        Assert.Equal(["releve-2024-aline.html", "text/html", Convert.ToBase64String(html)], JSInterop.VerifyInvoke("cigalesDownload").Arguments);
    }

    [Fact]
    public void StaffMayDownloadEveryMembersStatement()
    {
        Api.Answer("GetClubPage", (GetClubPageRequest _) => Page());

        var screen = RenderScreen<ClubScreen>(parameters => parameters.Add(page => page.ClubId, ChtiKarite));

        screen.WaitForAssertion(() => Assert.Equal(3, screen.FindAll("button").Count(button => button.TextContent.Trim() == "CSV")));
    }
}
