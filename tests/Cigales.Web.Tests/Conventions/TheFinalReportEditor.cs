using AngleSharp.Dom;
using Bunit;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using Cigales.Web.Api;
using Cigales.Web.Components.Pages.Conventions;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Cigales.Web.Tests.Conventions;

public sealed class TheFinalReportEditor : ScreenTest
{
    [Fact]
    public void EachInconsistencyShowsItsRuleInFrenchAndItsFigures()
    {
        var screen = Editing(The2025Convention.Signed(), The2025Convention.ReportWithTwoInconsistencies());

        var inconsistencies = screen.FindAll("[data-testid=incoherence]");
        Assert.Equal(2, inconsistencies.Count);
        Assert.Contains("La ligne salariée n'est pas le nombre de jours × le tarif journalier", inconsistencies[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Prestations salariat : 2 190,00 € pour 8 jours ; à 365,00 € le jour, 2 920,00 €", inconsistencies[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("not 8 days × 365,00 € = 2 920,00 €", inconsistencies[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Les jours salariés du budget diffèrent du temps relevé pour les axes", inconsistencies[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Jours des lignes salariées : 8 ; jours relevés pour les axes : 6", inconsistencies[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("2 incohérences à corriger ou à accepter", screen.Find("[data-testid=soumissible]").TextContent, StringComparison.Ordinal);
        Assert.False(screen.Offers("Soumettre le bilan"));
    }

    [Fact]
    public void AProductContradictedInTheTextAndALineOtherThanItsExpensesShowTheirFigures()
    {
        var report = The2025Convention.ReportWithTwoInconsistencies();
        report.Inconsistencies.Clear();
        report.Inconsistencies.Add(new Inconsistency
        {
            Id = "text.product:30x365=11000", Rule = "report.text_product",
            Message = "the activity report says \"30 jours à 365 € soit 11 000 €\": 30 × 365 € make 10950 €, not 11000 €",
        });
        report.Inconsistencies.Add(new Inconsistency
        {
            Id = "expenses:Frais de déplacement", Rule = "report.expenses",
            Message = "the line 'Frais de déplacement' says 1 500,00 €, its 2 expense(s) recorded add up to 1 840,00 €",
        });

        var screen = Editing(The2025Convention.Signed(), report);

        var inconsistencies = screen.FindAll("[data-testid=incoherence]");
        Assert.Contains("Un total du rapport d'activité n'est pas la quantité × le taux écrits", inconsistencies[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Écrit : 30 × 365,00 € = 11 000,00 € ; le calcul donne 10 950,00 €", inconsistencies[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Une ligne diffère de la somme de ses dépenses enregistrées", inconsistencies[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Frais de déplacement : ", inconsistencies[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EachAxisShowsApartTheTimeRecordedOutsideEvents()
    {
        var screen = Editing(The2025Convention.Signed(), The2025Convention.ReportWithTwoInconsistencies());

        var axis3 = screen.Find("[aria-label=\"Activité par axe, prévue et relevée\"]").QuerySelectorAll("tr").First(row => row.TextContent.Contains("Rencontres", StringComparison.Ordinal));

        Assert.Equal("1,5", axis3.QuerySelector("td[data-label=\"Jours hors événements\"]")!.TextContent.Trim());
        Assert.Equal("20", axis3.QuerySelector("td[data-label=\"Heures hors événements\"]")!.TextContent.Trim());
    }

    [Fact]
    public void FixingALineAndSavingSendsTheEditedDraftAndThenOffersToSubmit()
    {
        var screen = Editing(The2025Convention.Signed(), The2025Convention.ReportWithTwoInconsistencies());
        Api.Answer("SaveFinalReportDraft", (SaveFinalReportDraftRequest _) => The2025Convention.ReportFixed());

        Line(screen, "Prestations salariat").Fill("Jours réalisés", "6");
        screen.Fill("Total des charges écrit sur le formulaire (€)", "6 610");
        screen.Fill("Rapport d'activité", "En 2025, une soirée à Arras : 5 porteurs de projet.");
        screen.Click("Enregistrer le brouillon");

        screen.WaitForAssertion(() => Assert.True(screen.Offers("Soumettre le bilan")));
        var draft = Assert.Single(Api.SentTo<SaveFinalReportDraftRequest>("SaveFinalReportDraft")).Draft;
        Assert.Equal(
            [("Prestations salariat", 219_000L, BudgetItemKind.Staff, 6d), ("Frais de déplacement", 42_000L, BudgetItemKind.Unspecified, 0d),
             ("Mission - réception", 0L, BudgetItemKind.Unspecified, 0d), ("Valorisation du bénévolat", 400_000L, BudgetItemKind.Volunteer, 200d)],
            draft.Actual.Charges.Select(line => (line.Label, line.Amount.Cents, line.Kind, line.Quantity)));
        Assert.Equal([261_000L, 0L, 400_000L], draft.Actual.Products.Select(line => line.Amount.Cents));
        Assert.Equal(661_000, draft.DeclaredChargesTotal.Cents);
        Assert.Null(draft.DeclaredProductsTotal);
        Assert.Equal("En 2025, une soirée à Arras : 5 porteurs de projet.", draft.ActivityReport);
        Assert.Equal("62", draft.Department);
        Assert.Empty(draft.Acknowledgements);
        Assert.Empty(screen.FindAll("[data-testid=incoherence]"));
        Assert.Contains("le bilan peut être soumis", screen.Find("[data-testid=soumissible]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInconsistencyAcceptedIsSentWithItsReasonAndNotWithoutOne()
    {
        var screen = Editing(The2025Convention.Signed(), The2025Convention.ReportWithTwoInconsistencies());
        Api.Answer("SaveFinalReportDraft", (SaveFinalReportDraftRequest _) => The2025Convention.ReportWithTwoInconsistencies());
        var days = screen.FindAll("[data-testid=incoherence]")[1];

        days.QuerySelector("input[type=checkbox]")!.Change(true);
        screen.Click("Enregistrer le brouillon");
        screen.WaitForAssertion(() => Assert.Equal("Donnez la raison de l'accepter en l'état.", screen.FindAll("[data-testid=incoherence]")[1].Beneath("Raison de l'accepter")));
        Assert.Empty(Api.SentTo<SaveFinalReportDraftRequest>("SaveFinalReportDraft"));

        screen.FindAll("[data-testid=incoherence]")[1].Fill("Raison de l'accepter", "temps de préparation non saisi, vu avec le Département");
        screen.Click("Enregistrer le brouillon");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<SaveFinalReportDraftRequest>("SaveFinalReportDraft")));
        var acknowledgement = Assert.Single(Api.SentTo<SaveFinalReportDraftRequest>("SaveFinalReportDraft").Single().Draft.Acknowledgements);
        Assert.Equal(("budget.axes_days", "temps de préparation non saisi, vu avec le Département"), (acknowledgement.Inconsistency, acknowledgement.Reason));
    }

    [Fact]
    public void AnAmountThatDoesNotReadIsShownBesideItAndNothingIsSent()
    {
        var screen = Editing(The2025Convention.Signed(), The2025Convention.ReportWithTwoInconsistencies());

        Line(screen, "Frais de déplacement").Fill("Montant réalisé (€)", "quatre cents");
        screen.Click("Enregistrer le brouillon");

        Assert.Equal("Un montant en euros, par exemple 2 190 ou 150,50.", Line(screen, "Frais de déplacement").Beneath("Montant réalisé (€)"));
        Assert.Empty(Api.SentTo<SaveFinalReportDraftRequest>("SaveFinalReportDraft"));
    }

    [Fact]
    public void SubmittingAnUnchangedSubmittableDraftSendsTheDayAndShowsTheReportSubmitted()
    {
        var submitted = The2025Convention.Signed();
        submitted.Status = ConventionStatus.ReportSubmitted;
        submitted.FinalReport = new FinalReport { On = "2025-06-16", ActivityReport = "En 2025…" };
        var screen = Editing(The2025Convention.Signed(), The2025Convention.ReportFixed());
        Api.Answer("SubmitFinalReportDraft", (DatedRequest _) => submitted);

        screen.Click("Soumettre le bilan");

        screen.WaitForAssertion(() => Assert.Contains("Le bilan a été remis le 16/06/2025.", screen.Markup, StringComparison.Ordinal));
        var sent = Assert.Single(Api.SentTo<DatedRequest>("SubmitFinalReportDraft"));
        Assert.Equal((The2025Convention.Id, "2025-06-16"), (sent.ConventionId, sent.On));
        // Nothing changed in the form: the draft the service holds is the one submitted, not saved again.
        Assert.Empty(Api.SentTo<SaveFinalReportDraftRequest>("SaveFinalReportDraft"));
        Assert.False(screen.Offers("Enregistrer le brouillon"));
    }

    [Fact]
    public void ARefusedSubmissionShowsTheRuleBesideTheField()
    {
        var screen = Editing(The2025Convention.Signed(), The2025Convention.ReportFixed());
        Api.Refuse("SubmitFinalReportDraft", Refusals.Invalid("report.activity_report", "report.activity_required"));

        screen.Click("Soumettre le bilan");

        var rule = RefusalTexts.For("report.activity_required", StatusCode.InvalidArgument);
        screen.WaitForAssertion(() => Assert.Equal(rule, screen.Beneath("Rapport d'activité")));
    }

    [Fact]
    public void AVotedConventionsDraftWaitsForItsSignature()
    {
        var report = The2025Convention.ReportFixed();
        report.Department = string.Empty;
        var screen = Editing(The2025Convention.Voted(), report);

        Assert.Contains("une fois la convention signée", screen.Find("[data-testid=brouillon-ferme]").TextContent, StringComparison.Ordinal);
        Assert.False(screen.Offers("Enregistrer le brouillon"));
        Assert.False(screen.Offers("Soumettre le bilan"));
    }

    [Fact]
    public void AFunderReadsTheDraftAndDownloadsItButChangesNothing()
    {
        SignedInAs("Hélène Caron", new Membership(Roles.Funder, PasDeCalaisDepartement));
        var page = "<!DOCTYPE html><html lang=\"fr\"><body>Bilan final d'exécution</body></html>"u8.ToArray();
        Api.Answer("ExportFinalReportHtml", (ExportFinalReportRequest _) => new HttpBody { ContentType = "text/html; charset=utf-8", Data = ByteString.CopyFrom(page) });
        var screen = Editing(The2025Convention.Signed(), The2025Convention.ReportWithTwoInconsistencies());

        Assert.Equal(2, screen.FindAll("[data-testid=incoherence]").Count);
        Assert.Empty(screen.FindAll("input, textarea"));
        Assert.False(screen.Offers("Enregistrer le brouillon"));
        Assert.True(screen.Offers("Télécharger en CSV"));
        screen.Click("Télécharger en HTML");

        screen.WaitForAssertion(() => JSInterop.VerifyInvoke("cigalesDownload"));
        Assert.Equal(["bilan-2025-02585.html", "text/html", Convert.ToBase64String(page)], JSInterop.VerifyInvoke("cigalesDownload").Arguments);
        Assert.Equal(["GetConvention", "GetFinalReportDraft", "ExportFinalReportHtml"], Api.Sent.Select(call => call.Method));
    }

    [Fact]
    public void TheCsvDownloadIsAskedInFrench()
    {
        Api.Answer("ExportFinalReportCsv", (ExportFinalReportRequest _) => new HttpBody { ContentType = "text/csv; charset=utf-8", Data = ByteString.CopyFromUtf8("Section;Ligne") });
        var screen = Editing(The2025Convention.Signed(), The2025Convention.ReportWithTwoInconsistencies());

        screen.Click("Télécharger en CSV");

        screen.WaitForAssertion(() => JSInterop.VerifyInvoke("cigalesDownload"));
        var asked = Assert.Single(Api.SentTo<ExportFinalReportRequest>("ExportFinalReportCsv"));
        Assert.Equal((The2025Convention.Id, "fr"), (asked.ConventionId, asked.Locale));
        Assert.Equal("bilan-2025-02585.csv", JSInterop.VerifyInvoke("cigalesDownload").Arguments[0]);
    }

    private IRenderedComponent<FinalReportEditor> Editing(Convention convention, FinalReportDraft report)
    {
        Api.Answer("GetConvention", (GetConventionRequest _) => convention);
        Api.Answer("GetFinalReportDraft", (GetFinalReportDraftRequest _) => report);
        var screen = RenderScreen<FinalReportEditor>(parameters => parameters.Add(editor => editor.ConventionId, The2025Convention.Id));
        screen.WaitForAssertion(() => Assert.Contains("Bilan final — convention n° 2025-02585", screen.Find("h1").TextContent, StringComparison.Ordinal));
        return screen;
    }

    /// <summary>A line of the actual budget, by its label (the first side that has it).</summary>
    private static IElement Line(IRenderedComponent<FinalReportEditor> screen, string label) =>
        screen.FindAll("[data-testid=ligne]").First(line => line.QuerySelector("legend")!.TextContent.Trim() == label);
}
