using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Google.Protobuf.WellKnownTypes;

namespace Cigales.Web.Tests.Conventions;

/// <summary>The 2025 convention with the Département as the API answers it (docs/GRANTS.md), and what the screens' tests do with its forms.</summary>
public static class The2025Convention
{
    public const string Id = "68494ffccce35c50b16752021a775d98";
    public const string Association = "5c1f0b2a9d8e4f7a6b3c2d1e0f9a8b7c";
    public const string BudgetLineId = "01a21749362877c89f5fdf806d2c66b5";

    /// <summary>As the demo leaves it: the report and the adopted deliberation, not signed yet.</summary>
    public static Convention Voted() => new()
    {
        ConventionId = Id,
        Status = ConventionStatus.Voted,
        DraftedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 5, 2, 10, 0, 0, TimeSpan.Zero)),
        Report = new CommitteeReport { Number = "26", OpinionOn = "2025-05-05", Opinion = "favourable" },
        Deliberation = new Deliberation { Number = "2025-157", On = "2025-05-19", Body = "Commission Permanente", For = 43, AbsentWithoutProxy = 1, Adopted = true },
        Paid = new Money(),
        ExtensionDeadline = "2025-06-30",
        ClawbackFrom = "2026-07-01",
        Terms = new ConventionTerms
        {
            FileNumber = "2025-02585",
            Object = "Partenariat 2025 — économie sociale et solidaire",
            Funder = new Party { OrganisationId = ScreenTest.PasDeCalaisDepartement, SignatoryName = "Le Président du Conseil départemental" },
            Beneficiary = new Party { OrganisationId = Association, SignatoryName = "La Présidente" },
            Axes =
            {
                new ActionAxis { Number = 1, Title = "Budget citoyen", StaffDays = 12, VolunteerHours = 230 },
                new ActionAxis { Number = 2, Title = "Maillage", StaffDays = 12, VolunteerHours = 270 },
                new ActionAxis { Number = 3, Title = "Rencontres", StaffDays = 6, VolunteerHours = 200 },
            },
            ProvisionalBudget = new Budget
            {
                Charges =
                {
                    Line("Prestations salariat", 1_095_000, BudgetItemKind.Staff, 30),
                    Line("Frais de déplacement", 184_000),
                    Line("Mission - réception", 11_000),
                    Line("Valorisation du bénévolat", 1_400_000, BudgetItemKind.Volunteer, 700),
                },
                Products = { Line("Département 62", 990_000), Line("Auto-financement", 300_000), Line("Valorisation du bénévolat", 1_400_000, BudgetItemKind.Volunteer, 700) },
            },
            Rates = new Rates { StaffDay = new Money { Cents = 36_500 }, VolunteerHour = new Money { Cents = 2_000 } },
            Grant = new Money { Cents = 990_000 },
            Period = new DateRange { Start = "2025-01-01", End = "2025-12-31" },
            Schedule = { new Instalment { Amount = new Money { Cents = 990_000 }, Condition = "at signature" } },
            FinalReportDue = "2026-06-01",
            Rules = new RuleValues { ClawbackMonthsAfterEnd = 6, ExtensionRequestMonthsBeforeEnd = 6, TerminationNoticeMonths = 1 },
            BudgetLineId = BudgetLineId,
        },
    };

    public static Convention Signed()
    {
        var convention = Voted();
        convention.Status = ConventionStatus.Signed;
        convention.SignedOn = "2025-06-02";
        return convention;
    }

    /// <summary>
    /// The report of a signed convention whose draft (as docs/REPORTS.md writes it) gets the charges'
    /// total and the staff line's days wrong; the records hold 6 staff days.
    /// </summary>
    public static FinalReportDraft ReportWithTwoInconsistencies() => new()
    {
        ConventionId = Id,
        FileNumber = "2025-02585",
        Funder = "Département du Pas-de-Calais",
        Beneficiary = "Les Cigales des Hauts-de-France",
        Period = new DateRange { Start = "2025-01-01", End = "2025-12-31" },
        Department = "62",
        Axes =
        {
            new AxisActivity { Number = 1, Title = "Budget citoyen", PlannedStaffDays = 12, PlannedVolunteerHours = 230 },
            new AxisActivity { Number = 2, Title = "Maillage", PlannedStaffDays = 12, PlannedVolunteerHours = 270 },
            new AxisActivity { Number = 3, Title = "Rencontres", PlannedStaffDays = 6, ActualStaffDays = 6, PlannedVolunteerHours = 200, ActualVolunteerHours = 200, EventsHeld = 1, People = 27, HoldersMet = 5, StaffDaysOutsideEvents = 1.5, VolunteerHoursOutsideEvents = 20 },
        },
        Total = new AxisActivity { PlannedStaffDays = 30, ActualStaffDays = 6, PlannedVolunteerHours = 700, ActualVolunteerHours = 200, EventsHeld = 1, People = 27, HoldersMet = 5, Title = "Total" },
        Lines =
        {
            Compared("charges", "Prestations salariat", BudgetItemKind.Staff, 1_095_000, 219_000, 30, 8),
            Compared("charges", "Frais de déplacement", BudgetItemKind.Unspecified, 184_000, 42_000, 0, 0),
            Compared("charges", "Mission - réception", BudgetItemKind.Unspecified, 11_000, 0, 0, 0),
            Compared("charges", "Valorisation du bénévolat", BudgetItemKind.Volunteer, 1_400_000, 400_000, 700, 200),
            Compared("products", "Département 62", BudgetItemKind.Unspecified, 990_000, 261_000, 0, 0),
            Compared("products", "Auto-financement", BudgetItemKind.Unspecified, 300_000, 0, 0, 0),
            Compared("products", "Valorisation du bénévolat", BudgetItemKind.Volunteer, 1_400_000, 400_000, 700, 200),
        },
        PlannedCharges = new Money { Cents = 2_690_000 },
        ActualCharges = new Money { Cents = 661_000 },
        PlannedProducts = new Money { Cents = 2_690_000 },
        ActualProducts = new Money { Cents = 661_000 },
        RecordedStaffDays = 6,
        RecordedVolunteerHours = 200,
        ActivityReport = "En 2025, une soirée Cigales cherchent Fourmis à Arras : 5 porteurs de projet, 27 participants.",
        Inconsistencies =
        {
            new Inconsistency
            {
                Id = "budget.staff_rate:actual.charges:Prestations salariat", Rule = "budget.staff_rate",
                Message = "the staff line 'Prestations salariat' is 2 190,00 €, not 8 days × 365,00 € = 2 920,00 €",
            },
            new Inconsistency { Id = "budget.axes_days", Rule = "budget.axes_days", Message = "the staff lines count 8 days, the time recorded for the axes 6" },
        },
        Submittable = false,
    };

    /// <summary>The same report once its staff line says 6 days: nothing left to fix.</summary>
    public static FinalReportDraft ReportFixed()
    {
        var report = ReportWithTwoInconsistencies();
        report.Lines[0] = Compared("charges", "Prestations salariat", BudgetItemKind.Staff, 1_095_000, 219_000, 30, 6);
        report.Inconsistencies.Clear();
        report.Submittable = true;
        return report;
    }

    public static BudgetItem Line(string label, long cents, BudgetItemKind kind = BudgetItemKind.Unspecified, double quantity = 0) =>
        new() { Label = label, Amount = new Money { Cents = cents }, Kind = kind, Quantity = quantity };

    private static BudgetComparison Compared(string side, string label, BudgetItemKind kind, long planned, long actual, double plannedQuantity, double actualQuantity) => new()
    {
        Side = side,
        Label = label,
        Kind = kind,
        Planned = new Money { Cents = planned },
        Actual = new Money { Cents = actual },
        Difference = new Money { Cents = actual - planned },
        PlannedQuantity = plannedQuantity,
        ActualQuantity = actualQuantity,
    };
}
