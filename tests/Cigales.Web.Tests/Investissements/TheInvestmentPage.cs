using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Security;
using Cigales.Web.Api;
using Cigales.Web.Components.Pages.Investissements;
using Grpc.Core;

namespace Cigales.Web.Tests.Investissements;

public sealed class TheInvestmentPage : ScreenTest
{
    private const string InvestmentId = "d103e8dc186147b2a402354d8fbb8eb6";

    public TheInvestmentPage()
    {
        Api.Answer("GetClub", (GetClubRequest request) => new Club { ClubId = request.ClubId, Name = "Cigales de la Canche" });
        Api.Answer("GetEnterprise", (GetEnterpriseRequest request) => new Enterprise { EnterpriseId = request.EnterpriseId, Name = "La Maison des Faiseurs" });
    }

    [Fact]
    public void AnInvestmentIsShownInFrench()
    {
        Answers(InvestmentStatus.Disbursed);

        var screen = Open();

        screen.WaitForAssertion(() => Assert.Contains("Investissement de Cigales de la Canche", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("La Maison des Faiseurs", screen.Markup, StringComparison.Ordinal);
        Assert.Equal("Versé", screen.Find("[data-testid=statut]").TextContent);
        Assert.Contains("1 500,00 €", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Apport avec droit de reprise", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("02/04/2024", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("15/04/2024", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("5 pour, 0 contre, 0 abstention(s) · unanimité", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommittedInvestmentIsPaidOrCancelledAndNothingElse()
    {
        Answers(InvestmentStatus.Committed);

        var screen = Open();

        screen.WaitForAssertion(() => Assert.Contains("Verser les fonds engagés", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Annuler l'investissement", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Enregistrer un remboursement", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Sortie du club", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Passer en perte", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyComesBackFromAPaidInvestmentAndItIsNoLongerCancelled()
    {
        Answers(InvestmentStatus.PartlyRepaid);

        var screen = Open();

        screen.WaitForAssertion(() => Assert.Contains("Enregistrer un remboursement", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Sortie du club", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Passer en perte", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Verser les fonds engagés", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Annuler l'investissement", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AClosedInvestmentOffersNothing()
    {
        Answers(InvestmentStatus.Exited);

        var screen = Open();

        screen.WaitForAssertion(() => Assert.Equal("Sorti", screen.Find("[data-testid=statut]").TextContent));
        Assert.DoesNotContain(screen.FindAll("button"), button => button.TextContent.Contains("Enregistrer", StringComparison.Ordinal) || button.TextContent.Contains("Passer", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyThoseTheContractAllowsAreOfferedTheMovements()
    {
        // Every finance command is staff's: a club's manager may read what the API lets them, and move nothing.
        SignedInAs("Martine Lefebvre", new Membership(Roles.ClubManager, "club-canche"));
        Answers(InvestmentStatus.Disbursed);

        var screen = Open();

        screen.WaitForAssertion(() => Assert.Equal("Versé", screen.Find("[data-testid=statut]").TextContent));
        Assert.Empty(screen.FindAll("button"));
    }

    [Fact]
    public void ARepaymentSendsCentsFromEurosTypedWithAComma()
    {
        Answers(InvestmentStatus.Disbursed);
        Api.Answer("RecordRepayment", (RecordRepaymentRequest request) => Investment(InvestmentStatus.PartlyRepaid, repaid: request.Amount.Cents));
        var screen = Open();
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer un remboursement", screen.Markup, StringComparison.Ordinal));

        screen.Type("Montant remboursé", "1 234,56");
        screen.Fill("Date du remboursement", "30/05/2025");
        screen.Click("Enregistrer le remboursement");

        screen.WaitForAssertion(() => Assert.Equal("Partiellement remboursé", screen.Find("[data-testid=statut]").TextContent));
        var sent = Assert.Single(Api.SentTo<RecordRepaymentRequest>("RecordRepayment"));
        Assert.Equal((InvestmentId, 123456L, "2025-05-30"), (sent.InvestmentId, sent.Amount.Cents, sent.On));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
        Assert.Contains("1 234,56 €", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedRepaymentShowsTheRuleBesideItsDateAndReusesItsKeyOnRetry()
    {
        Answers(InvestmentStatus.Disbursed);
        Api.Refuse("RecordRepayment", Refusals.Invalid("on", "investment.after_disbursement"));
        var screen = Open();
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer un remboursement", screen.Markup, StringComparison.Ordinal));
        screen.Type("Montant remboursé", "200");

        screen.Click("Enregistrer le remboursement");
        screen.WaitForAssertion(() => Assert.Contains(RefusalTexts.For("investment.after_disbursement", StatusCode.InvalidArgument), screen.Field("Date du remboursement").TextContent, StringComparison.Ordinal));
        screen.Click("Enregistrer le remboursement");

        screen.WaitForAssertion(() => Assert.Equal(2, Api.SentTo<RecordRepaymentRequest>("RecordRepayment").Count()));
        Assert.Single(Api.SentTo<RecordRepaymentRequest>("RecordRepayment").Select(request => request.RequestId).Distinct());
        // The other forms of the page do not show the repayment's problem.
        Assert.DoesNotContain(RefusalTexts.For("investment.after_disbursement", StatusCode.InvalidArgument), screen.Field("Date de la sortie").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EachMovementHasItsOwnKeyAndANewOneAfterASuccess()
    {
        Answers(InvestmentStatus.Disbursed);
        Api.Answer("RecordRepayment", (RecordRepaymentRequest request) => Investment(InvestmentStatus.PartlyRepaid, repaid: 20000));
        Api.Answer("RecordExit", (RecordRepaymentRequest request) => Investment(InvestmentStatus.Exited, repaid: 20000));
        var screen = Open();
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer un remboursement", screen.Markup, StringComparison.Ordinal));

        screen.Type("Montant remboursé", "100");
        screen.Click("Enregistrer le remboursement");
        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordRepaymentRequest>("RecordRepayment")));
        screen.Type("Montant remboursé", "100");
        screen.Click("Enregistrer le remboursement");
        screen.WaitForAssertion(() => Assert.Equal(2, Api.SentTo<RecordRepaymentRequest>("RecordRepayment").Count()));
        screen.Type("Montant récupéré", "0");
        screen.Click("Enregistrer la sortie");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordRepaymentRequest>("RecordExit")));
        var keys = Api.SentTo<RecordRepaymentRequest>("RecordRepayment").Concat(Api.SentTo<RecordRepaymentRequest>("RecordExit")).Select(request => request.RequestId).ToList();
        Assert.Equal(3, keys.Distinct().Count());
        Assert.Equal(0, Api.SentTo<RecordRepaymentRequest>("RecordExit").Single().Amount.Cents);
    }

    [Fact]
    public void ACancellationSaysWhyUnderItsKey()
    {
        Answers(InvestmentStatus.Committed);
        Api.Answer("CancelInvestment", (CancelInvestmentRequest request) => Investment(InvestmentStatus.Cancelled, because: request.Reason));
        var screen = Open();
        screen.WaitForAssertion(() => Assert.Contains("Annuler l'investissement", screen.Markup, StringComparison.Ordinal));

        screen.Fill("Motif", "L'association a trouvé un prêt d'honneur à la place");
        screen.Fill("Date de l'annulation", "10/06/2025");
        screen.Click("Annuler l'investissement");

        screen.WaitForAssertion(() => Assert.Equal("Annulé", screen.Find("[data-testid=statut]").TextContent));
        var sent = Assert.Single(Api.SentTo<CancelInvestmentRequest>("CancelInvestment"));
        Assert.Equal(("2025-06-10", "L'association a trouvé un prêt d'honneur à la place"), (sent.On, sent.Reason));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
        Assert.Contains("prêt d'honneur", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void APaymentIsDated()
    {
        Answers(InvestmentStatus.Committed);
        Api.Answer("DisburseInvestment", (DisburseInvestmentRequest request) => Investment(InvestmentStatus.Disbursed));
        var screen = Open();
        screen.WaitForAssertion(() => Assert.Contains("Verser les fonds engagés", screen.Markup, StringComparison.Ordinal));

        screen.Fill("Date du versement", "12/06/2025");
        screen.Click("Enregistrer le versement");

        screen.WaitForAssertion(() => Assert.Equal("Versé", screen.Find("[data-testid=statut]").TextContent));
        Assert.Equal("2025-06-12", Assert.Single(Api.SentTo<DisburseInvestmentRequest>("DisburseInvestment")).On);
    }

    [Fact]
    public void APartialPaymentSendsItsAmountUnderItsKeyAndThePaymentsAreListed()
    {
        Answers(InvestmentStatus.Committed);
        Api.Answer("DisburseInvestment", (DisburseInvestmentRequest request) => PartlyPaid(request.Amount.Cents, request.On));
        var screen = Open();
        screen.WaitForAssertion(() => Assert.Contains("Verser les fonds engagés", screen.Markup, StringComparison.Ordinal));

        screen.Type("Montant du versement partiel", "500");
        screen.Fill("Date du versement", "12/06/2025");
        screen.Click("Enregistrer le versement");

        screen.WaitForAssertion(() => Assert.Equal("Partiellement versé", screen.Find("[data-testid=statut]").TextContent));
        var sent = Assert.Single(Api.SentTo<DisburseInvestmentRequest>("DisburseInvestment"));
        Assert.Equal((50000L, "2025-06-12"), (sent.Amount.Cents, sent.On));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
        Assert.Equal("1 000,00 €", screen.Find("[data-testid=reste-a-verser]").TextContent);
        Assert.Contains(screen.FindAll("tr"), row => row.TextContent.Contains("12/06/2025", StringComparison.Ordinal) && row.TextContent.Contains("500,00 €", StringComparison.Ordinal));
        // What remains is paid later, or money comes back from what was paid; the club does not leave before all is paid.
        Assert.Contains("Enregistrer un remboursement", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Verser les fonds engagés", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Sortie du club", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void APaymentBeyondWhatRemainsIsRefusedBesideItsAmount()
    {
        Answers(InvestmentStatus.Committed);
        Api.Refuse("DisburseInvestment", Refusals.Precondition("amount", "disbursement.within_commitment"));
        var screen = Open();
        screen.WaitForAssertion(() => Assert.Contains("Verser les fonds engagés", screen.Markup, StringComparison.Ordinal));

        screen.Type("Montant du versement partiel", "2 000");
        screen.Click("Enregistrer le versement");

        screen.WaitForAssertion(() => Assert.Contains(
            RefusalTexts.For("disbursement.within_commitment", StatusCode.FailedPrecondition), screen.Field("Montant du versement partiel").TextContent, StringComparison.Ordinal));
        Assert.Equal("Engagé", screen.Find("[data-testid=statut]").TextContent);
    }

    private static Investment PartlyPaid(long cents, string on)
    {
        var investment = Investment(InvestmentStatus.PartlyDisbursed);
        investment.DisbursedOn = string.Empty;
        investment.Disbursed = new() { Cents = cents };
        investment.StillToDisburse = new() { Cents = 150000 - cents };
        investment.Payments.Add(new Payment { RequestId = Guid.NewGuid().ToString(), Amount = new() { Cents = cents }, On = on });
        return investment;
    }

    private IRenderedComponent<InvestmentPage> Open() => RenderScreen<InvestmentPage>(parameters => parameters.Add(page => page.InvestmentId, InvestmentId));

    private void Answers(InvestmentStatus status) => Api.Answer("GetInvestment", (GetInvestmentRequest _) => Investment(status));

    private static Investment Investment(InvestmentStatus status, long repaid = 0, string because = "") => new()
    {
        InvestmentId = InvestmentId,
        ClubId = "club-canche",
        EnterpriseId = "maison-des-faiseurs",
        Amount = new() { Cents = 150000 },
        Instrument = Instrument.ContributionWithRightOfRecovery,
        DecidedOn = "2024-04-02",
        Vote = new Vote { For = 5, Rule = VoteRule.Unanimity },
        Status = status,
        CommittedOn = "2024-04-02",
        DisbursedOn = status is InvestmentStatus.Committed or InvestmentStatus.Cancelled ? string.Empty : "2024-04-15",
        Repaid = new() { Cents = repaid },
        AbandonedBecause = because,
        ClosedOn = because.Length > 0 ? "2025-06-10" : string.Empty,
    };
}
