using Cigales.SharedKernel;
using System.Text;
using Cigales.Events.Domain;
using Cigales.GrainInterfaces.Reports;
using Cigales.Grants.Api;
using Cigales.Grants.Domain;
using static Cigales.Grants.Tests.Domain.ConventionStates;
using static Cigales.Grants.Tests.TheConvention2025;
using ConventionAxis = Cigales.GrainInterfaces.Grants.ConventionAxis;

namespace Cigales.Grants.Tests.Reports;

/// <summary>The 2025 convention's final report from recorded activity, and each kind of inconsistency planted in it.</summary>
public sealed class FinalReportRules
{
    private static readonly ConventionSnapshot Convention = Paid().ToSnapshot()!;

    private static ConventionAxis Axis(int number) => new("c", number);

    /// <summary>An event as the Events service reports it.</summary>
    private static EventFacts Event(string id, DateOnly day, EventKind kind, int? axis, Attendance? attendance, params TimeEntry[] time) => new(
        id, kind.ToString(), $"{kind} {id}", day, attendance is null ? EventOutcome.Cancelled : EventOutcome.Held, axis is { } number ? Axis(number) : null,
        attendance?.Total ?? 0, attendance?.Holders ?? 0, time.Select(entry => new TimeFacts(entry.Axis, entry.StaffDays, entry.VolunteerHours)).ToList());

    /// <summary>2025 as recorded: the three axes' events and exactly the planned time, 30 staff days and 700 volunteer hours.</summary>
    private static readonly ReportFacts Recorded2025 = new(
        [
            Event("e1", new DateOnly(2025, 3, 18), EventKind.Webinar, 1, new Attendance(0, 0, 0, 3, 1, 20),
                new TimeEntry("", 12, 0, Axis(1)), new TimeEntry("", 0, 230, Axis(1))),
            Event("e2", new DateOnly(2025, 6, 12), EventKind.InterClub, 2, new Attendance(0, 0, 0, 25, 1, 4),
                new TimeEntry("", 12, 270, Axis(2))),
            Event("e3", new DateOnly(2025, 4, 12), EventKind.CigalesCherchentFourmis, 3, new Attendance(6, 5, 5, 12, 2, 8),
                new TimeEntry("", 4, 150, Axis(3))),
            Event("e4", new DateOnly(2025, 5, 20), EventKind.Workshop, 3, new Attendance(4, 2, 2, 1, 1, 0),
                new TimeEntry("", 2, 50, Axis(3))),
            Event("e5", new DateOnly(2025, 10, 14), EventKind.EntrCitoyens, 1, null),
        ],
        new FinancePeriod(14, 6, 4, 5, Money.FromCents(1_250_000), 4, 15, [new InvestmentRow("Uthopia", "Épicerie solidaire", "Association", "Frévent", "62", Money.FromCents(300_000), ["Cigales Solartois 2"])]),
        [new ClubCreated("k1", "Cigales de l'Audomarois", "62", new DateOnly(2025, 3, 1))],
        []);

    private static readonly string TrueText =
        "En 2025, 4 événements tenus ont réuni 85 participants, dont 7 porteurs de projet ; 1 nouveau club. "
        + "Le salariat a consacré 30 jours à l'action et les bénévoles 700 heures. Subvention : 9 900 €.";

    private static ReportDraft Draft(ProvisionalBudget? actual = null, string? text = null, Money? declaredCharges = null, params Acknowledgement[] acknowledgements) =>
        new(actual ?? Budget, declaredCharges, null, text ?? TrueText, acknowledgements, "62");

    private static FinalReportView Build(ReportDraft draft, ReportFacts? facts = null) =>
        FinalReportBuilder.Build(Convention, "Département du Pas-de-Calais", "Les Cigales des Hauts-de-France", draft, facts ?? Recorded2025);

    [Fact]
    public void ActivityIsComparedAxisByAxisWithWhatWasPlanned()
    {
        var report = Build(Draft());

        Assert.Equal(
            [(1, 12m, 12m, 230m, 230m, 1, 1), (2, 12m, 12m, 270m, 270m, 1, 0), (3, 6m, 6m, 200m, 200m, 2, 0)],
            report.Axes.Select(a => (a.Number, a.PlannedDays, a.ActualDays, a.PlannedHours, a.ActualHours, a.EventsHeld, a.EventsCancelled)));
        Assert.Equal((85, 7), (report.Total.People, report.Total.HoldersMet));
        Assert.Equal((14, 6, 4), (report.Finance.Welcomed, report.Finance.Studied, report.Finance.Financed));
    }

    [Fact]
    public void TimeOutsideEventsCountsInItsAxisAndShowsApart()
    {
        // Axis 1's webinar took 10 of its 12 days; the newsletter the other 2 days and 20 hours; a
        // partner meeting of another convention counts for none of this one's axes.
        var facts = Recorded2025 with
        {
            Events = [Event("e1", new DateOnly(2025, 3, 18), EventKind.Webinar, 1, new Attendance(0, 0, 0, 3, 1, 20), new TimeEntry("", 10, 210, Axis(1))), .. Recorded2025.Events.Skip(1)],
            OutsideWork =
            [
                new OutsideWorkFacts("w1", "Newsletter", "Lettre d'information de mars", new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 7), [new TimeFacts(Axis(1), 2, 20)]),
                new OutsideWorkFacts("w2", "PartnerMeeting", "Réunion du PFS", new DateOnly(2025, 4, 2), new DateOnly(2025, 4, 2), [new TimeFacts(new("other", 1), 1, 3)]),
            ],
        };

        var report = Build(Draft(), facts);

        var axis1 = report.Axes.Single(a => a.Number == 1);
        Assert.Equal((12m, 230m, 2m, 20m), (axis1.ActualDays, axis1.ActualHours, axis1.DaysOutsideEvents, axis1.HoursOutsideEvents));
        Assert.Equal((30m, 700m, 2m, 20m), (report.Total.ActualDays, report.Total.ActualHours, report.Total.DaysOutsideEvents, report.Total.HoursOutsideEvents));
        Assert.Empty(report.Inconsistencies);
        Assert.Contains("dont hors événements", FinalReportHtml.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void FinancesAreComparedLineByLineInTheFormOfTheProvisionalBudget()
    {
        var actual = Budget with { Charges = [.. Budget.Charges.Take(1), new BudgetItem("Frais de déplacement", Money.FromEuros(1_500)), .. Budget.Charges.Skip(2), new BudgetItem("Impression", Money.FromEuros(340))] };

        var report = Build(Draft(actual));

        var travel = report.Lines.Single(line => line.Label == "Frais de déplacement");
        Assert.Equal((Money.FromEuros(1_840), Money.FromEuros(1_500), Money.FromEuros(-340)), (travel.Planned, travel.Actual, travel.Difference));
        Assert.Equal((Money.Zero, Money.FromEuros(340)), report.Lines.Where(line => line.Label == "Impression").Select(line => (line.Planned, line.Actual)).Single());
        Assert.Equal((Money.FromEuros(26_900), Money.FromEuros(26_900)), (report.PlannedCharges, report.ActualCharges));
    }

    [Fact]
    public void TheExpensesRecordedAreSummedIntoTheLineTheDraftLeavesOut()
    {
        var convention = Convention with
        {
            Expenses =
            [
                new("x1", new DateOnly(2025, 4, 12), Money.FromCents(8_420), "Frais de déplacement", "Train Arras–Lille"),
                new("x2", new DateOnly(2025, 6, 12), Money.FromCents(175_580), "Frais de déplacement", "Location de minibus, inter-clubs"),
                new("x3", new DateOnly(2025, 6, 12), Money.FromEuros(110), "Mission - réception", "Buffet des rencontres"),
            ],
        };
        var draft = Draft(Budget with { Charges = [.. Budget.Charges.Where(line => line.Label != "Frais de déplacement")] });

        var report = FinalReportBuilder.Build(convention, "Département du Pas-de-Calais", "Les Cigales des Hauts-de-France", draft, Recorded2025);

        Assert.Equal(Money.FromEuros(1_840), report.Lines.Single(line => line.Label == "Frais de déplacement").Actual);
        Assert.Equal(Money.FromEuros(26_900), report.ActualCharges);
        Assert.Empty(report.Inconsistencies);
        Assert.Contains(new BudgetItem("Frais de déplacement", Money.FromEuros(1_840)), FinalReportBuilder.ToFinalReport(report, new DateOnly(2026, 1, 15)).Actual.Charges);
    }

    [Fact]
    public void ALineWrittenAtAnotherAmountThanItsExpensesIsAnInconsistency()
    {
        var convention = Convention with { Expenses = [new("x3", new DateOnly(2025, 6, 12), Money.FromEuros(95), "Mission - réception", "Buffet des rencontres")] };

        var report = FinalReportBuilder.Build(convention, "Département du Pas-de-Calais", "Les Cigales des Hauts-de-France", Draft(), Recorded2025);

        var inconsistency = Assert.Single(report.Inconsistencies);
        Assert.Equal(("expenses:Mission - réception", "report.expenses"), (inconsistency.Id, inconsistency.Rule));
        Assert.Equal("the line 'Mission - réception' says 110,00 €, its 1 expense(s) recorded add up to 95,00 €", inconsistency.Message);
    }

    [Fact]
    public void BeforeAnyDraftTheRecordsStandAgainstThePlanAlone()
    {
        var report = Build(FinalReportBuilder.NothingWritten);

        Assert.All(report.Lines, line => Assert.Equal(Money.Zero, line.Actual));
        Assert.Equal(Money.FromEuros(26_900), report.PlannedCharges);
        Assert.Equal(30m, report.RecordedStaffDays);
        // The time recorded is not in the (empty) budget yet: that is what the staff will write.
        Assert.Equal(["budget.axes_days", "budget.axes_hours"], report.Inconsistencies.Select(i => i.Rule));
    }

    [Fact]
    public void WhatWasDoneAsPlannedAndWrittenTruthfullyHasNoInconsistency()
    {
        var report = Build(Draft(declaredCharges: Money.FromEuros(26_900)));

        Assert.Empty(report.Inconsistencies);
        Assert.True(report.Submittable);
    }

    [Fact]
    public void AnInconsistencyOfEachKindIsListed()
    {
        // Staff: 30 days written at 360 € instead of 365 €; volunteering: 720 hours in the charges
        // (the records have 700) and 700 in the products; a total written wrong; a text that
        // claims 9 holders; an event held and attributed to no axis.
        var actual = new ProvisionalBudget(
            [
                new BudgetItem("Prestations salariat", Money.FromEuros(10_800), BudgetItemKind.Staff, 30),
                new BudgetItem("Frais de déplacement", Money.FromEuros(1_840)),
                new BudgetItem("Mission - réception", Money.FromEuros(110)),
                new BudgetItem("Valorisation du bénévolat", Money.FromEuros(14_400), BudgetItemKind.Volunteer, 720),
            ],
            Budget.Products);
        var facts = Recorded2025 with { Events = [.. Recorded2025.Events, Event("e6", new DateOnly(2025, 11, 4), EventKind.Afterwork, null, new Attendance(0, 0, 0, 2, 1, 30))] };

        var report = Build(Draft(actual, TrueText.Replace("7 porteurs", "9 porteurs", StringComparison.Ordinal), declaredCharges: Money.FromEuros(27_000)), facts);

        Assert.Equal(
            [
                "report.total", "budget.balanced", "budget.staff_rate", "budget.volunteer_both_sides", "budget.axes_hours",
                "report.activity_unattributed", "report.text_figure",
            ],
            report.Inconsistencies.Select(inconsistency => inconsistency.Rule));
        Assert.Contains(report.Inconsistencies, i => i.Id == "budget.staff_rate:actual.charges:Prestations salariat");
        Assert.Contains(report.Inconsistencies, i => i.Id == "activity.unattributed:e6");
        Assert.Contains(report.Inconsistencies, i => i.Id == "text.figure:holders:9" && i.Message.Contains("7", StringComparison.Ordinal));
        Assert.False(report.Submittable);
    }

    [Fact]
    public void AValuationThatIsNotTheHoursAtTheRateIsNamed()
    {
        var wrong = new BudgetItem("Valorisation du bénévolat", Money.FromEuros(15_000), BudgetItemKind.Volunteer, 700);
        var actual = new ProvisionalBudget([.. Budget.Charges.Take(3), wrong], [.. Budget.Products.Take(2), wrong]);

        var rules = Build(Draft(actual)).Inconsistencies.Select(inconsistency => inconsistency.Id).ToList();

        Assert.Contains("budget.volunteer_rate:actual.charges:Valorisation du bénévolat", rules);
        Assert.Contains("budget.volunteer_rate:actual.products:Valorisation du bénévolat", rules);
    }

    [Fact]
    public void AcknowledgedInconsistenciesLetTheReportGoToTheConventionWhichAcceptsThem()
    {
        var actual = Budget with { Products = [Budget.Products[0], new BudgetItem("Auto-financement", Money.FromEuros(3_100)), Budget.Products[2]] };
        var unbalanced = Build(Draft(actual));
        var acknowledged = Build(Draft(actual, acknowledgements: new Acknowledgement("budget.balanced", "100 € de cotisations reçues en trop, reversées en 2026")));

        var decision = ConventionRules.SubmitFinalReport(Paid() with { ReportDraft = acknowledged.Convention.ReportDraft }, FinalReportBuilder.ToFinalReport(acknowledged with
        {
            Convention = Convention with { ReportDraft = Draft(actual) },
        }, new DateOnly(2026, 5, 29)), Today);

        Assert.Equal(["budget.balanced"], unbalanced.Inconsistencies.Select(i => i.Id));
        Assert.False(unbalanced.Submittable);
        Assert.True(acknowledged.Submittable);
        Assert.Equal("100 € de cotisations reçues en trop, reversées en 2026", acknowledged.Inconsistencies.Single().AcknowledgedBecause);
        Assert.False(decision.IsRefused, decision.Refusal?.Message);
        Assert.Equal(["budget.balanced"], Assert.IsType<FinalReportSubmitted>(Assert.Single(decision.Events)).Report.AcknowledgedRules);
    }

    [Fact]
    public void TheCsvOpensInASpreadsheetWithFrenchDecimalsOrEnglishOnes()
    {
        var report = Build(Draft());

        var french = FinalReportCsv.Write(report, french: true);
        var english = Encoding.UTF8.GetString(FinalReportCsv.Write(report, french: false));
        var text = Encoding.UTF8.GetString(french.AsSpan(3));

        Assert.Equal(Encoding.UTF8.GetPreamble(), french[..3]);
        Assert.StartsWith("Section;Ligne;Prévu;Réalisé;Écart\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Charges;Prestations salariat (30 jours);10950,00;10950,00;0,00\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Charges;Total des charges;26900,00;26900,00;0,00\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Investissements;Uthopia (Frévent) — Cigales Solartois 2;;3000,00;\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Charges;Prestations salariat (30 days);10950.00;10950.00;0.00\r\n", english, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCsvQuotesAFieldWithASeparator()
    {
        var report = Build(Draft(Budget with { Charges = [.. Budget.Charges, new BudgetItem("Impression; reliure", Money.Zero)] }));

        var text = Encoding.UTF8.GetString(FinalReportCsv.Write(report, french: true));

        Assert.Contains("Charges;\"Impression; reliure\";0,00;0,00;0,00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCsvNeutralisesFormulasTypedInItsTextAndKeepsNegativeAmountsAsNumbers()
    {
        var travel = new BudgetItem("Frais de déplacement", Money.FromEuros(1_690));
        var actual = Budget with { Charges = [Budget.Charges[0], travel, .. Budget.Charges.Skip(2), new BudgetItem("=HYPERLINK(\"http://x\")", Money.Zero)] };
        var report = Build(Draft(actual, acknowledgements: new Acknowledgement("budget.balanced", "+33 1 23 45 67 89, la trésorière")));

        var french = Encoding.UTF8.GetString(FinalReportCsv.Write(report, french: true));
        var english = Encoding.UTF8.GetString(FinalReportCsv.Write(report, french: false));

        Assert.Contains("Charges;\"'=HYPERLINK(\"\"http://x\"\")\";0,00;0,00;0,00\r\n", french, StringComparison.Ordinal);
        Assert.Contains(";budget.balanced;'+33 1 23 45 67 89, la trésorière;\r\n", french, StringComparison.Ordinal);
        Assert.Contains("Charges;Frais de déplacement;1840,00;1690,00;-150,00\r\n", french, StringComparison.Ordinal);
        Assert.Contains("Charges;Total des charges;26900,00;26750,00;-150,00\r\n", french, StringComparison.Ordinal);
        Assert.Contains("Charges;Frais de déplacement;1840.00;1690.00;-150.00\r\n", english, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePrintablePageHasTheFormsSectionsAndTheInconsistencies()
    {
        var report = Build(Draft(text: "Un <b>beau</b> bilan : 9 porteurs."));

        var html = FinalReportHtml.Write(report);

        Assert.Contains("<h2>1. Charges et produits</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>2. Contributions volontaires en nature</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Prestations salariat (30 jours)</td><td class=\"n\">10 950,00 €</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Total des charges</td><td class=\"n\">26 900,00 €</td>", html, StringComparison.Ordinal);
        Assert.Contains("Un &lt;b&gt;beau&lt;/b&gt; bilan", html, StringComparison.Ordinal);
        Assert.Contains("text.figure:holders:9", html, StringComparison.Ordinal);
        Assert.Contains("ne peut être transmis", html, StringComparison.Ordinal);
    }
}
