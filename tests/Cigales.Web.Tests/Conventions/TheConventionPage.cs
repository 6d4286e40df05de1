using Bunit;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using Cigales.Web.Api;
using Cigales.Web.Components.Pages.Conventions;
using Grpc.Core;

namespace Cigales.Web.Tests.Conventions;

public sealed class TheConventionPage : ScreenTest
{
    [Fact]
    public void ItsStepsAreShownInFrenchWithTheirDaysAndItsBudgetLineWithWhatIsLeft()
    {
        var convention = The2025Convention.Signed();
        convention.Status = ConventionStatus.Paid;
        convention.Payments.Add(new Payment { RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 990_000 }, On = "2025-06-10" });
        convention.Paid = new Money { Cents = 990_000 };
        TheApiKnows(convention);

        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));

        screen.WaitForAssertion(() => Assert.Contains("Convention n° 2025-02585", screen.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Equal("Versée", screen.Find("[data-testid=statut]").TextContent.Trim());
        var steps = screen.FindAll("[data-testid=etape]").Select(step => step.TextContent).ToList();
        Assert.Contains(steps, step => step.Contains("Rapport au comité", StringComparison.Ordinal) && step.Contains("Fait le 05/05/2025", StringComparison.Ordinal));
        Assert.Contains(steps, step => step.Contains("Votée", StringComparison.Ordinal) && step.Contains("Fait le 19/05/2025", StringComparison.Ordinal)
            && step.Contains("43 pour, 0 contre", StringComparison.Ordinal) && step.Contains("adoptée", StringComparison.Ordinal));
        Assert.Contains(steps, step => step.Contains("Signée", StringComparison.Ordinal) && step.Contains("Fait le 02/06/2025", StringComparison.Ordinal));
        Assert.Contains(steps, step => step.Contains("Versée", StringComparison.Ordinal) && step.Contains("9 900,00 € versés sur 9 900,00 €", StringComparison.Ordinal));
        Assert.Contains(steps, step => step.Contains("Bilan final remis", StringComparison.Ordinal) && step.Contains("À venir — attendu au plus tard le 01/06/2026", StringComparison.Ordinal));
        Assert.Contains(steps, step => step.Contains("Clôturée", StringComparison.Ordinal) && step.Contains("À venir", StringComparison.Ordinal));
        var line = screen.Find("[data-testid=ligne-budgetaire]").TextContent;
        Assert.Contains("C01-650A01 — Mission ESS (6568//9365)", line, StringComparison.Ordinal);
        Assert.Contains("disponibles 90 100,00 €", line, StringComparison.Ordinal);
        Assert.Contains("Département du Pas-de-Calais", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Les Cigales des Hauts-de-France", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ItsDeadlinesAreTheApisForThisConventionInFrench()
    {
        TheApiKnows(The2025Convention.Signed(), new Obligation
        {
            ConventionId = The2025Convention.Id, FileNumber = "2025-02585", Kind = ObligationKind.Payment, Date = "2025-06-02",
            State = ObligationState.Late, What = "an instalment of 9 900,00 € is expected", Amount = new Money { Cents = 990_000 },
        }, new Obligation { ConventionId = "another", Kind = ObligationKind.FinalReport, Date = "2025-06-20", State = ObligationState.Upcoming });

        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));

        screen.WaitForAssertion(() => Assert.Contains("Versement attendu : 9 900,00 €", screen.Markup, StringComparison.Ordinal));
        var deadlines = screen.Find("[aria-label='Échéances de la convention'] tbody");
        Assert.Single(deadlines.QuerySelectorAll("tr"));
        Assert.Contains("En retard", deadlines.TextContent, StringComparison.Ordinal);
        Assert.Contains("02/06/2025", deadlines.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-06-16", Assert.Single(Api.SentTo<GetDeadlinesRequest>("GetDeadlines")).AsOf);
    }

    [Fact]
    public void StaffAreOfferedTheActionsTheConventionsStateAllows()
    {
        TheApiKnows(The2025Convention.Voted());

        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));

        screen.WaitForAssertion(() => Assert.Contains("Signer la convention", screen.Markup, StringComparison.Ordinal));
        // Voted: to be signed; no payment before the signature, no deliberation twice.
        Assert.DoesNotContain("Enregistrer le versement", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Enregistrer la délibération", screen.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Enregistrer le contrôle", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void SigningSendsTheDayAndShowsTheConventionSigned()
    {
        TheApiKnows(The2025Convention.Voted());
        Api.Answer("SignConvention", (DatedRequest _) => The2025Convention.Signed());
        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));
        screen.WaitForAssertion(() => Assert.Contains("Signer la convention", screen.Markup, StringComparison.Ordinal));

        Open(screen, "Signature");
        screen.Fill("Date de signature", "02/06/2025");
        screen.Click("Signer la convention");

        screen.WaitForAssertion(() => Assert.Equal("Signée", screen.Find("[data-testid=statut]").TextContent.Trim()));
        var sent = Assert.Single(Api.SentTo<DatedRequest>("SignConvention"));
        Assert.Equal((The2025Convention.Id, "2025-06-02"), (sent.ConventionId, sent.On));
        Assert.Contains("Enregistrer le versement", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedPaymentShowsTheRuleBesideTheAmount()
    {
        TheApiKnows(The2025Convention.Signed());
        // 12 000 € on a grant of 9 900 €: the payments would go above it.
        Api.Refuse("RecordGrantPayment", Refusals.Precondition("amount", "payment.ceiling", "the payments would add up to 12 000,00 €, above the grant of 9 900,00 €"));
        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer le versement", screen.Markup, StringComparison.Ordinal));

        Open(screen, "Versement");
        screen.Fill("Montant versé (€)", "12 000");
        screen.Click("Enregistrer le versement");

        var rule = RefusalTexts.For("payment.ceiling", StatusCode.FailedPrecondition);
        screen.WaitForAssertion(() => Assert.Equal(rule, screen.Beneath("Montant versé (€)")));
        Assert.Equal(1_200_000, Assert.Single(Api.SentTo<RecordGrantPaymentRequest>("RecordGrantPayment")).Amount.Cents);
        // Beside the amount, and not again above the form.
        Assert.DoesNotContain(screen.FindAll(".mud-alert"), alert => alert.TextContent.Contains(rule, StringComparison.Ordinal));
    }

    [Fact]
    public void APaymentRetriedAfterARefusalKeepsItsKeyAndTheNextPaymentTakesANewOne()
    {
        var paid = The2025Convention.Signed();
        paid.Status = ConventionStatus.Paid;
        paid.Paid = new Money { Cents = 500_000 };
        TheApiKnows(The2025Convention.Signed());
        Api.Refuse("RecordGrantPayment", Refusals.Of(StatusCode.Unavailable, string.Empty, string.Empty, "gateway timeout"));
        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer le versement", screen.Markup, StringComparison.Ordinal));
        Open(screen, "Versement");
        screen.Fill("Montant versé (€)", "5 000");

        screen.Click("Enregistrer le versement");
        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordGrantPaymentRequest>("RecordGrantPayment")));
        Api.Answer("RecordGrantPayment", (RecordGrantPaymentRequest _) => paid);
        screen.Click("Enregistrer le versement");
        screen.WaitForAssertion(() => Assert.Equal(2, Api.SentTo<RecordGrantPaymentRequest>("RecordGrantPayment").Count()));
        screen.Fill("Montant versé (€)", "4 900");
        screen.Click("Enregistrer le versement");

        screen.WaitForAssertion(() => Assert.Equal(3, Api.SentTo<RecordGrantPaymentRequest>("RecordGrantPayment").Count()));
        var keys = Api.SentTo<RecordGrantPaymentRequest>("RecordGrantPayment").Select(request => request.RequestId).ToList();
        Assert.Equal(keys[0], keys[1]);
        Assert.NotEqual(keys[1], keys[2]);
        Assert.All(keys, key => Assert.True(Guid.TryParse(key, out _)));
    }

    [Fact]
    public void AFunderIsOfferedItsOwnPaymentButNoStaffAction()
    {
        SignedInAs("Hélène Caron", new Membership(Roles.Funder, PasDeCalaisDepartement));
        TheApiKnows(The2025Convention.Signed());

        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));

        screen.WaitForAssertion(() => Assert.Contains("Convention n° 2025-02585", screen.Find("h1").TextContent, StringComparison.Ordinal));
        var actions = screen.FindAll(".mud-expand-panel-header").Select(header => header.TextContent.Trim()).ToList();
        Assert.Equal(["Versement"], actions);
        // What a funder may read of its own convention: its parties, its budget line, its deadlines.
        Assert.Equal(["GetBudgetLine", "GetConvention", "GetDeadlines", "GetOrganisation"], Api.Sent.Select(call => call.Method).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("Bilan final", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AFunderOfAnotherFunderIsOfferedNothing()
    {
        SignedInAs("Paul Nord", new Membership(Roles.Funder, "dept-59"));
        Api.Answer("GetConvention", (GetConventionRequest _) => The2025Convention.Signed());

        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));

        screen.WaitForAssertion(() => Assert.Contains("Convention n° 2025-02585", screen.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Empty(screen.FindAll(".mud-expand-panel"));
        Assert.Equal(["GetConvention"], Api.Sent.Select(call => call.Method));
    }

    [Fact]
    public void AFunderOrdersARecoveryWithItsDueDateAndRecordsItsRepayment()
    {
        SignedInAs("Hélène Caron", new Membership(Roles.Funder, PasDeCalaisDepartement));
        var paid = Paid();
        TheApiKnows(paid);
        var ordered = Paid();
        ordered.Recoveries.Add(new RecoveryOrder
        {
            Number = 1, Amount = new Money { Cents = 90_000 }, On = "2026-09-15", Due = "2026-10-15", Reason = "axe 3 non réalisé", Outstanding = new Money { Cents = 90_000 },
        });
        Api.Answer("OrderRecovery", (OrderRecoveryRequest _) => ordered);
        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));
        screen.WaitForAssertion(() => Assert.Contains("Titre de recette", screen.Markup, StringComparison.Ordinal));
        Open(screen, "Titre de recette");
        screen.Fill("Montant à reverser (€)", "900");
        screen.Fill("Motif", "axe 3 non réalisé");

        screen.Click("Émettre le titre de recette");

        screen.WaitForAssertion(() => Assert.Contains("à rembourser avant le 15/10/2026", screen.Find("[data-testid=titre-de-recette]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(Api.SentTo<OrderRecoveryRequest>("OrderRecovery"));
        Assert.Equal((90_000L, "axe 3 non réalisé"), (sent.Amount.Cents, sent.Reason));
        Assert.Equal(DateOnly.Parse(sent.On, System.Globalization.CultureInfo.InvariantCulture).AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), sent.Due);

        var repaid = ordered.Clone();
        repaid.Recoveries[0].Repayments.Add(new Payment { RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 90_000 }, On = "2026-10-01" });
        repaid.Recoveries[0].Outstanding = new Money();
        Api.Answer("RecordRecoveryPayment", (RecordRecoveryPaymentRequest _) => repaid);
        Open(screen, "Remboursement d'un titre de recette");
        screen.Click("Enregistrer le remboursement");

        screen.WaitForAssertion(() => Assert.Contains("reste dû 0,00", screen.Find("[data-testid=titre-de-recette]").TextContent, StringComparison.Ordinal));
        var repayment = Assert.Single(Api.SentTo<RecordRecoveryPaymentRequest>("RecordRecoveryPayment"));
        Assert.Equal((1, 90_000L), (repayment.Order, repayment.Amount.Cents));
    }

    [Fact]
    public void AnExpenseRejectedAtControlIsSentWithTheAmountAccepted()
    {
        var reported = Paid();
        reported.Status = ConventionStatus.ReportSubmitted;
        var expense = Guid.NewGuid().ToString();
        reported.Expenses.Add(new Expense { RequestId = expense, On = "2025-09-12", Amount = new Money { Cents = 30_000 }, Line = "Frais de déplacement", Label = "Train Arras–Lille" });
        reported.Expenses.Add(new Expense { RequestId = Guid.NewGuid().ToString(), On = "2025-09-13", Amount = new Money { Cents = 8_400 }, Line = "Frais de déplacement", Label = "Taxi" });
        TheApiKnows(reported);
        Api.Answer("ControlConvention", (ControlConventionRequest _) => reported);
        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));
        screen.WaitForAssertion(() => Assert.Contains("Contrôle du service fait", screen.Markup, StringComparison.Ordinal));
        Open(screen, "Contrôle du service fait");

        screen.FindAll("label").Single(label => label.TextContent.Contains("Train Arras–Lille", StringComparison.Ordinal)).QuerySelector("input")!.Change(true);
        screen.Click("Enregistrer le contrôle");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<ControlConventionRequest>("ControlConvention")));
        var sent = Api.SentTo<ControlConventionRequest>("ControlConvention").Single();
        Assert.Equal([expense], sent.RejectedExpenses);
        Assert.Equal(990_000L, sent.Accepted.Cents);
    }

    private static Convention Paid()
    {
        var convention = The2025Convention.Signed();
        convention.Status = ConventionStatus.Paid;
        convention.Payments.Add(new Payment { RequestId = "p", Amount = new Money { Cents = 990_000 }, On = "2025-06-10" });
        convention.Paid = new Money { Cents = 990_000 };
        return convention;
    }

    [Fact]
    public void ARefusedIbanShowsTheRuleBesideItAndRecordedBankDetailsAreShownInGroupsOfFour()
    {
        TheApiKnows(The2025Convention.Signed());
        Api.Refuse("RecordBankDetails", Refusals.Invalid("bank_details.iban", "iban.check_digits", "bank_details.iban fails the check digits (ISO 13616, mod 97)"));
        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));
        screen.WaitForAssertion(() => Assert.Contains("Coordonnées bancaires", screen.Markup, StringComparison.Ordinal));
        Open(screen, "Coordonnées bancaires");
        screen.Fill("IBAN", "FR76 3000 6000 0112 3456 7890 188");
        screen.Fill("BIC", "AGRIFRPP");

        screen.Click("Enregistrer les coordonnées bancaires");

        screen.WaitForAssertion(() => Assert.Equal(RefusalTexts.For("iban.check_digits", StatusCode.InvalidArgument), screen.Beneath("IBAN")));
        var recorded = The2025Convention.Signed();
        recorded.BankDetails = new BankDetails { Iban = "FR7630006000011234567890189", Bic = "AGRIFRPP" };
        Api.Answer("RecordBankDetails", (RecordBankDetailsRequest _) => recorded);
        screen.Fill("IBAN", "FR76 3000 6000 0112 3456 7890 189");
        screen.Click("Enregistrer les coordonnées bancaires");

        screen.WaitForAssertion(() => Assert.Contains("IBAN FR76 3000 6000 0112 3456 7890 189 — BIC AGRIFRPP", screen.Find("[data-testid=coordonnees-bancaires]").TextContent, StringComparison.Ordinal));
        Assert.Equal(("FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP"), Api.SentTo<RecordBankDetailsRequest>("RecordBankDetails").Select(sent => (sent.BankDetails.Iban, sent.BankDetails.Bic)).Last());
    }

    [Fact]
    public void AnExpenseIsSentOnALineOfTheBudgetWithItsKeyAndListed()
    {
        TheApiKnows(The2025Convention.Signed());
        var recorded = The2025Convention.Signed();
        recorded.Expenses.Add(new Expense { RequestId = Guid.NewGuid().ToString(), On = "2025-06-12", Amount = new Money { Cents = 8_420 }, Line = "Frais de déplacement", Label = "Train Arras–Lille" });
        Api.Answer("RecordExpense", (RecordExpenseRequest _) => recorded);
        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));
        screen.WaitForAssertion(() => Assert.Contains("Dépense réalisée", screen.Markup, StringComparison.Ordinal));
        Open(screen, "Dépense réalisée");
        screen.Fill("Date de la dépense", "12/06/2025");
        screen.Fill("Objet de la dépense", "Train Arras–Lille");
        screen.Fill("Montant payé (€)", "84,20");

        screen.Click("Enregistrer la dépense");

        screen.WaitForAssertion(() => Assert.Contains("Train Arras–Lille", screen.Find("[aria-label='Dépenses réalisées']").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(Api.SentTo<RecordExpenseRequest>("RecordExpense"));
        Assert.Equal(("2025-06-12", 8_420L, "Frais de déplacement", "Train Arras–Lille"), (sent.On, sent.Amount.Cents, sent.Line, sent.Label));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
        Assert.Contains("84,20 €", screen.Find("[aria-label='Dépenses réalisées']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDecisionsSharesAreShownForTheOpenData()
    {
        var convention = The2025Convention.Signed();
        convention.Terms.Shares.Add(new BeneficiaryShare { OrganisationId = convention.Terms.Beneficiary.OrganisationId, Share = 0.8 });
        convention.Terms.Shares.Add(new BeneficiaryShare { OrganisationId = "atelier", Share = 0.2 });
        TheApiKnows(convention);

        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));

        // The fake register names every organisation but the Département as the association.
        screen.WaitForAssertion(() => Assert.Equal(
            "Les Cigales des Hauts-de-France : 0,8 ; Les Cigales des Hauts-de-France : 0,2", screen.Find("[data-testid=parts]").TextContent.Trim()));
        Assert.Contains(Api.SentTo<GetOrganisationRequest>("GetOrganisation"), request => request.OrganisationId == "atelier");
    }

    [Fact]
    public void AFunderSeesTheBankDetailsAndTheSoleBeneficiarysWholeShare()
    {
        SignedInAs("Hélène Caron", new Membership(Roles.Funder, PasDeCalaisDepartement));
        var convention = The2025Convention.Signed();
        convention.BankDetails = new BankDetails { Iban = "FR7630006000011234567890189", Bic = "AGRIFRPP" };
        TheApiKnows(convention);

        var screen = RenderScreen<ConventionPage>(parameters => parameters.Add(page => page.ConventionId, The2025Convention.Id));

        screen.WaitForAssertion(() => Assert.Contains("FR76 3000 6000 0112 3456 7890 189", screen.Find("[data-testid=coordonnees-bancaires]").TextContent, StringComparison.Ordinal));
        Assert.EndsWith(": 1", screen.Find("[data-testid=parts]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("Enregistrer les coordonnées bancaires", screen.Markup, StringComparison.Ordinal);
    }

    private void TheApiKnows(Convention convention, params Obligation[] obligations)
    {
        Api.Answer("GetConvention", (GetConventionRequest _) => convention);
        Api.Answer("GetOrganisation", (GetOrganisationRequest request) => new Organisation
        {
            OrganisationId = request.OrganisationId,
            Name = request.OrganisationId == PasDeCalaisDepartement ? "Département du Pas-de-Calais" : "Les Cigales des Hauts-de-France",
        });
        Api.Answer("GetBudgetLine", (GetBudgetLineRequest request) => new BudgetLine
        {
            BudgetLineId = request.BudgetLineId, FunderId = PasDeCalaisDepartement, Year = 2025, Operation = "C01-650A01", Imputation = "6568//9365", Label = "Mission ESS",
            Credits = new Money { Cents = 10_000_000 }, Charged = new Money { Cents = 990_000 }, Available = new Money { Cents = 9_010_000 },
        });
        Api.Answer("GetDeadlines", (GetDeadlinesRequest request) => new Deadlines { AsOf = request.AsOf, Obligations = { obligations } });
    }

    /// <summary>Opens an action's panel, as a person clicks its title.</summary>
    private static void Open(IRenderedComponent<ConventionPage> screen, string action) =>
        screen.FindAll(".mud-expand-panel-header").Single(header => header.TextContent.Trim() == action).Click();
}
