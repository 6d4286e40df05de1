using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Web.Api;
using Cigales.Web.Components.Pages.Investissements;
using Cigales.Web.Components.Shared;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.Web.Tests.Investissements;

public sealed class TheInvestmentForm : ScreenTest
{
    private const string Canche = "club-canche";
    private const string PlanBeee = "plan-beee";
    private const string Uthopia = "uthopia";

    public TheInvestmentForm()
    {
        Api.Answer("ListClubs", (ListClubsRequest _) => new ListClubsResponse
        {
            Clubs = { new Club { ClubId = Canche, Name = "Cigales de la Canche", Status = ClubStatus.Investing } },
            Page = new(),
        });
        Api.Answer("ListEnterprises", (ListEnterprisesRequest _) => new ListEnterprisesResponse { Enterprises = { Sarl(), Association() }, Page = new() });
        Api.Answer("GetEnterprise", (GetEnterpriseRequest request) => request.EnterpriseId == PlanBeee ? Sarl() : Association());
        Api.Answer("GetClubPage", (GetClubPageRequest request) => new ClubPage
        {
            Club = new Club { ClubId = request.ClubId, Name = "Cigales de la Canche" },
            StatusAsOf = ClubStatus.Investing,
            Savings = new Savings { AvailableFunds = new() { Cents = 320000 } },
        });
        // Plan BEEE's capital of 10 000 €: the Canche holds 500 € of it, another club 6 000 €; a stake
        // given back (a cancelled investment) and a loan count for nothing.
        Api.Answer("ListInvestments", (ListInvestmentsRequest request) => new ListInvestmentsResponse
        {
            Investments =
            {
                Stake("canche-1", Canche, Instrument.EquityShares, 50000, InvestmentStatus.Disbursed),
                Stake("lievre-1", "club-marais-du-lievre", Instrument.EquityShares, 600000, InvestmentStatus.Committed),
                Stake("canche-cancelled", Canche, Instrument.EquityShares, 100000, InvestmentStatus.Cancelled),
                Stake("canche-loan", Canche, Instrument.Loan, 90000, InvestmentStatus.Disbursed),
            },
            Page = new(),
        });
    }

    [Fact]
    public void TheStakeLimitsAreShownFromTheApisFiguresBeforeSending()
    {
        var screen = Open(Canche, PlanBeee);

        screen.WaitForAssertion(() => Assert.Contains("Fonds disponibles du club : 3 200,00 €", Limits(screen), StringComparison.Ordinal));
        var limits = Limits(screen);
        Assert.Contains("Plafond de participation : 25 % du capital de 10 000,00 € (SARL), soit 2 500,00 € ; le club en détient déjà 500,00 € (5 %) et peut encore prendre 2 000,00 €.", limits, StringComparison.Ordinal);
        Assert.Contains("Capital encore ouvert aux clubs : 3 500,00 € sur 10 000,00 €.", limits, StringComparison.Ordinal);
        Assert.Contains("Montant au plus pour ce club : 2 000,00 €", limits, StringComparison.Ordinal);
        Assert.Empty(Exceeded(screen));

        // As the person types, the limits the amount goes past are marked, before anything is sent.
        screen.Type("Montant investi", "2 100");

        screen.WaitForAssertion(() => Assert.Equal(2, Exceeded(screen).Count));
        Assert.Contains(Exceeded(screen), line => line.StartsWith("Plafond de participation", StringComparison.Ordinal));
        Assert.Contains(Exceeded(screen), line => line.StartsWith("Montant au plus pour ce club", StringComparison.Ordinal));
        Assert.Empty(Api.SentTo<RecordInvestmentRequest>("RecordInvestment"));
        Assert.Equal(PlanBeee, Assert.Single(Api.SentTo<ListInvestmentsRequest>("ListInvestments")).EnterpriseId);
        Assert.Equal(Canche, Assert.Single(Api.SentTo<GetClubPageRequest>("GetClubPage")).ClubId);
    }

    [Fact]
    public void BeyondTheClubsFundsTheFundsAreMarked()
    {
        Api.Answer("GetClubPage", (GetClubPageRequest request) => new ClubPage
        {
            Club = new Club { ClubId = request.ClubId },
            StatusAsOf = ClubStatus.Investing,
            Savings = new Savings { AvailableFunds = new() { Cents = 150000 } },
        });
        var screen = Open(Canche, PlanBeee);
        screen.WaitForAssertion(() => Assert.Contains("Montant au plus pour ce club : 1 500,00 €", Limits(screen), StringComparison.Ordinal));

        screen.Type("Montant investi", "1 500,01");

        screen.WaitForAssertion(() => Assert.Contains("Fonds disponibles du club : 1 500,00 €", Exceeded(screen)));
        Assert.DoesNotContain(Exceeded(screen), line => line.StartsWith("Plafond de participation", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAssociationIsOfferedAContributionWithRightOfRecovery()
    {
        var screen = Open(Canche, Uthopia);

        screen.WaitForAssertion(() => Assert.Contains("Fonds disponibles du club", Limits(screen), StringComparison.Ordinal));
        Assert.Empty(Exceeded(screen));
        Assert.Equal("Apport avec droit de reprise", screen.Input("Instrument").GetAttribute("value"));
        Assert.DoesNotContain("Plafond de participation", Limits(screen), StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedInvestmentShowsTheRuleBesideItsFieldAndReusesItsKeyOnRetry()
    {
        Api.Refuse("RecordInvestment", Refusals.Precondition("amount", "stake.limit", "a club holds at most 25 % of an SARL's capital"));
        var screen = Open(Canche, PlanBeee);
        screen.WaitForAssertion(() => Assert.Contains("Plafond de participation", Limits(screen), StringComparison.Ordinal));
        screen.Type("Montant investi", "2 600,50");
        screen.Fill("Pour", "5");

        screen.Click("Enregistrer l'investissement");
        screen.WaitForAssertion(() => Assert.Contains(RefusalTexts.For("stake.limit", StatusCode.FailedPrecondition), screen.Field("Montant investi").TextContent, StringComparison.Ordinal));
        screen.Click("Enregistrer l'investissement");

        screen.WaitForAssertion(() => Assert.Equal(2, Api.SentTo<RecordInvestmentRequest>("RecordInvestment").Count()));
        var (first, retry) = (Api.SentTo<RecordInvestmentRequest>("RecordInvestment").First(), Api.SentTo<RecordInvestmentRequest>("RecordInvestment").Last());
        Assert.True(Guid.TryParse(first.RequestId, out _));
        Assert.Equal(first.RequestId, retry.RequestId);
        Assert.Equal(260050, first.Amount.Cents);
        Assert.Equal((Canche, PlanBeee, Instrument.EquityShares, "2025-06-16"), (first.ClubId, first.EnterpriseId, first.Instrument, first.DecidedOn));
        Assert.Equal((5, 0, 0, VoteRule.Unspecified), (first.Vote.For, first.Vote.Against, first.Vote.Abstentions, first.Vote.Rule));
        Assert.Equal(string.Empty, first.DisbursedOn);
        // The rule is beside the amount, not repeated above the form.
        Assert.DoesNotContain(screen.FindAll("[role=alert]"), alert => alert.TextContent.Contains(RefusalTexts.For("stake.limit", StatusCode.FailedPrecondition), StringComparison.Ordinal));
    }

    [Fact]
    public void AnInvestmentChangedAfterARefusalGoesUnderANewKey()
    {
        // The refused investment is recorded under its key, which would answer the same refusal again.
        Api.Refuse("RecordInvestment", Refusals.Precondition("amount", "stake.limit"));
        var screen = Open(Canche, PlanBeee);
        screen.WaitForAssertion(() => Assert.Contains("Plafond de participation", Limits(screen), StringComparison.Ordinal));
        screen.Type("Montant investi", "2 600");
        screen.Click("Enregistrer l'investissement");
        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordInvestmentRequest>("RecordInvestment")));

        screen.Type("Montant investi", "2 000");
        screen.Click("Enregistrer l'investissement");

        screen.WaitForAssertion(() => Assert.Equal(2, Api.SentTo<RecordInvestmentRequest>("RecordInvestment").Count()));
        var sent = Api.SentTo<RecordInvestmentRequest>("RecordInvestment").ToList();
        Assert.Equal([260000, 200000], sent.Select(request => request.Amount.Cents));
        Assert.NotEqual(sent[0].RequestId, sent[1].RequestId);
    }

    [Fact]
    public void ALostAnswerIsRetriedUnderTheSameKeyEvenWithAnotherAmount()
    {
        // The service may have recorded it: another key could invest twice.
        Api.Refuse("RecordInvestment", new RpcException(new Status(StatusCode.Unavailable, "the finance service did not answer")));
        var screen = Open(Canche, PlanBeee);
        screen.WaitForAssertion(() => Assert.Contains("Plafond de participation", Limits(screen), StringComparison.Ordinal));
        screen.Type("Montant investi", "1 000");
        screen.Click("Enregistrer l'investissement");
        screen.WaitForAssertion(() => Assert.Contains(RefusalTexts.ForStatus(StatusCode.Unavailable), screen.Markup, StringComparison.Ordinal));

        screen.Type("Montant investi", "1 200");
        screen.Click("Enregistrer l'investissement");

        screen.WaitForAssertion(() => Assert.Equal(2, Api.SentTo<RecordInvestmentRequest>("RecordInvestment").Count()));
        Assert.Single(Api.SentTo<RecordInvestmentRequest>("RecordInvestment").Select(request => request.RequestId).Distinct());
    }

    [Fact]
    public void TheClubsFundsRefusedByTheClubsServiceAreShownBesideTheAmount()
    {
        Api.Refuse("RecordInvestment", Refusals.Precondition("amount_cents", "funds.available"));
        var screen = Open(Canche, PlanBeee);
        screen.WaitForAssertion(() => Assert.Contains("Plafond de participation", Limits(screen), StringComparison.Ordinal));
        screen.Type("Montant investi", "1 000");

        screen.Click("Enregistrer l'investissement");

        screen.WaitForAssertion(() => Assert.Contains(RefusalTexts.For("funds.available", StatusCode.FailedPrecondition), screen.Field("Montant investi").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ARecordedInvestmentOpensItsPage()
    {
        Api.Answer("RecordInvestment", (RecordInvestmentRequest request) => new Investment
        {
            InvestmentId = "new-investment", ClubId = request.ClubId, EnterpriseId = request.EnterpriseId, Amount = request.Amount, Status = InvestmentStatus.Committed,
        });
        var screen = Open(Canche, PlanBeee);
        screen.WaitForAssertion(() => Assert.Contains("Plafond de participation", Limits(screen), StringComparison.Ordinal));
        screen.Type("Montant investi", "1 500,5");
        screen.Fill("Pour", "6");
        screen.Fill("Contre", "1");

        screen.Click("Enregistrer l'investissement");

        screen.WaitForAssertion(() => Assert.EndsWith("/investissements/new-investment", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Equal(150050, Assert.Single(Api.SentTo<RecordInvestmentRequest>("RecordInvestment")).Amount.Cents);
    }

    [Fact]
    public void AnAmountThatDoesNotReadAsEurosIsNotSent()
    {
        var screen = Open(Canche, PlanBeee);
        screen.WaitForAssertion(() => Assert.Contains("Plafond de participation", Limits(screen), StringComparison.Ordinal));
        screen.Type("Montant investi", "12,345");

        screen.Click("Enregistrer l'investissement");

        Assert.Contains(EurosField.UnreadableText, screen.Field("Montant investi").TextContent, StringComparison.Ordinal);
        Assert.Empty(Api.SentTo<RecordInvestmentRequest>("RecordInvestment"));
    }

    private IRenderedComponent<RecordInvestment> Open(string clubId, string enterpriseId)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/investissements/nouveau?club={clubId}&entreprise={enterpriseId}");
        return RenderScreen<RecordInvestment>();
    }

    private static string Limits(IRenderedComponent<RecordInvestment> screen) => screen.Find("[data-testid=limites]").TextContent;

    private static List<string> Exceeded(IRenderedComponent<RecordInvestment> screen) =>
        [.. screen.FindAll("[data-exceeded=oui]").Select(line => line.TextContent.Trim())];

    private static Enterprise Sarl() => new()
    {
        EnterpriseId = PlanBeee, Name = "Plan BEEE", LegalForm = LegalForm.Sarl, Town = "Febvin-Palfart", Department = "62", ShareCapital = new() { Cents = 1000000 },
    };

    private static Enterprise Association() => new()
    {
        EnterpriseId = Uthopia, Name = "Uthopia", LegalForm = LegalForm.Association, Town = "Frévent", Department = "62",
    };

    private static Investment Stake(string id, string clubId, Instrument instrument, long cents, InvestmentStatus status) => new()
    {
        InvestmentId = id, ClubId = clubId, EnterpriseId = PlanBeee, Instrument = instrument, Amount = new() { Cents = cents }, Status = status,
        DisbursedOn = status == InvestmentStatus.Disbursed ? "2024-04-15" : string.Empty,
    };
}
