using System.Net;
using System.Net.Http.Json;
using System.Text;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.IntegrationTests;

/// <summary>
/// The 2025 convention's final report built from activity recorded through the gateway — events
/// serving its axes, their attendance and the time spent — compared with what was planned, with a
/// planted inconsistency of each kind, downloaded as CSV and HTML, and submitted once each is
/// acknowledged.
/// </summary>
public sealed class TheFinalReport(WholeSystem system)
{
    private readonly GrantsService.GrantsServiceClient _grants = new(system.Grpc);
    private readonly EventsService.EventsServiceClient _events = new(system.Grpc);

    [Fact]
    public async Task ComparesPlannedAndActualListsEachInconsistencyAndIsSubmittedOnceEachIsAcknowledged()
    {
        var (id, _, _) = await The2025Convention.DraftAsync(system);
        await _grants.RecordCommitteeReportAsync(new RecordCommitteeReportRequest { ConventionId = id, Report = new CommitteeReport { Number = "26", OpinionOn = "2025-05-05" } });
        await _grants.RecordDeliberationAsync(new RecordDeliberationRequest { ConventionId = id, Deliberation = new Deliberation { Number = "2025-157", On = "2025-05-19", For = 43, AbsentWithoutProxy = 1 } });
        await _grants.SignConventionAsync(new DatedRequest { ConventionId = id, On = "2025-06-02" });
        await _grants.RecordGrantPaymentAsync(new RecordGrantPaymentRequest { ConventionId = id, RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 990_000 }, On = "2025-06-20" });

        // 2025 as recorded: each axis's events, and exactly the planned time (30 days, 700 hours)...
        await HeldAsync(id, 1, "2025-03-18", EventKind.Webinar, new Attendance { Volunteers = 3, Staff = 1, Others = 20 }, (12, 230));
        await HeldAsync(id, 2, "2025-06-12", EventKind.InterClub, new Attendance { Volunteers = 25, Staff = 1, Others = 4 }, (12, 270));
        await HeldAsync(id, 3, "2025-04-12", EventKind.CigalesCherchentFourmis, new Attendance { ProjectsAnnounced = 6, ProjectsPresent = 5, Holders = 5, Volunteers = 12, Staff = 2, Others = 8 }, (4, 150));
        await HeldAsync(id, 3, "2025-05-20", EventKind.Workshop, new Attendance { ProjectsAnnounced = 4, ProjectsPresent = 2, Holders = 2, Volunteers = 1, Staff = 1 }, (2, 50));
        // ...and an afterwork held without an axis.
        await HeldAsync(null, null, "2025-11-04", EventKind.Afterwork, new Attendance { Volunteers = 2, Staff = 1, Others = 27 }, null);

        // The draft plants the rest: a total written wrong, the staff at 360 € a day, 720 volunteer hours on one side, 9 holders in the text.
        var draft = Draft(
            charges: [Line("Prestations salariat", 1_080_000, BudgetItemKind.Staff, 30), Line("Frais de déplacement", 184_000), Line("Mission - réception", 11_000), Line("Valorisation du bénévolat", 1_440_000, BudgetItemKind.Volunteer, 720)],
            text: "En 2025, 4 événements, 85 participants et 9 porteurs de projet rencontrés.");
        var report = await _grants.SaveFinalReportDraftAsync(new SaveFinalReportDraftRequest { ConventionId = id, Draft = draft });

        Assert.Equal(
            [(1, 12d, 12d, 230d, 230d, 1), (2, 12d, 12d, 270d, 270d, 1), (3, 6d, 6d, 200d, 200d, 2)],
            report.Axes.Select(a => (a.Number, a.PlannedStaffDays, a.ActualStaffDays, a.PlannedVolunteerHours, a.ActualVolunteerHours, a.EventsHeld)));
        Assert.Equal((85, 7, 1), (report.Total.People, report.Total.HoldersMet, report.EventsUnattributed));
        var staff = report.Lines.Single(line => line.Label == "Prestations salariat");
        Assert.Equal((1_095_000L, 1_080_000L, -15_000L), (staff.Planned.Cents, staff.Actual.Cents, staff.Difference.Cents));
        Assert.Equal(
            ["report.total", "budget.balanced", "budget.staff_rate", "budget.volunteer_both_sides", "budget.axes_hours", "report.activity_unattributed", "report.text_figure"],
            report.Inconsistencies.Select(i => i.Rule));
        Assert.False(report.Submittable);

        var csv = await system.Json.GetAsync($"/v1/conventions/{id}/final-report-draft/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains("Charges;Prestations salariat (30 jours);10950,00;10800,00;-150,00\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Activité;Axe 3 — Rencontres — heures bénévoles;200;200;0\r\n", text, StringComparison.Ordinal);

        var html = await system.Json.GetAsync($"/v1/conventions/{id}/final-report-draft/html");
        var page = await html.Content.ReadAsStringAsync();
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bilan final d'exécution", page, StringComparison.Ordinal);
        Assert.Contains("2025-02585", page, StringComparison.Ordinal);
        Assert.Contains("<td>Total des charges</td><td class=\"n\">26 900,00 €</td><td class=\"n\">27 150,00 €</td>", page, StringComparison.Ordinal);
        Assert.Contains("budget.staff_rate:actual.charges:Prestations salariat", page, StringComparison.Ordinal);

        var refused = await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "report.inconsistent",
            () => _grants.SubmitFinalReportDraftAsync(new DatedRequest { ConventionId = id, On = "2026-05-29" }).ResponseAsync);
        Assert.Contains("fix it in the draft, or acknowledge it with a reason", refused, StringComparison.Ordinal);

        draft.Acknowledgements.AddRange(report.Inconsistencies.Select(i => new Acknowledgement { Inconsistency = i.Id, Reason = "vu avec le Département le 20 mai 2026" }));
        var acknowledged = await system.Json.PutAsJsonAsync($"/v1/conventions/{id}/final-report-draft", new { draft = System.Text.Json.JsonDocument.Parse(Google.Protobuf.JsonFormatter.Default.Format(draft)).RootElement });
        var submitted = await _grants.SubmitFinalReportDraftAsync(new DatedRequest { ConventionId = id, On = "2026-05-29" });

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal(ConventionStatus.ReportSubmitted, submitted.Status);
        Assert.Equal((6d, 200d), submitted.FinalReport.ActualAxes.Where(axis => axis.Number == 3).Select(axis => (axis.StaffDays, axis.VolunteerHours)).Single());
    }

    /// <summary>An event of the convention's axis (or of none), held with its counts, and the time spent on it.</summary>
    private async Task HeldAsync(string? conventionId, int? axis, string day, EventKind kind, Attendance attendance, (double Days, double Hours)? time)
    {
        var request = new ScheduleEventRequest { Kind = kind, Title = $"{kind} {day}", Dates = new DateRange { Start = day, End = day }, Places = { new Place { Name = "Arras" } } };
        if (conventionId is not null)
        {
            request.Axis = new ConventionAxis { ConventionId = conventionId, Axis = axis!.Value };
        }

        var scheduled = await _events.ScheduleEventAsync(request);
        await _events.RecordAttendanceAsync(new RecordAttendanceRequest { EventId = scheduled.EventId, Attendance = attendance });
        if (time is { } spent)
        {
            await _events.RecordTimeSpentAsync(new RecordTimeSpentRequest
            {
                EventId = scheduled.EventId,
                RequestId = Guid.NewGuid().ToString(),
                Entries =
                {
                    new TimeEntry { Person = "Chargée de mission", StaffDays = spent.Days, Axis = request.Axis },
                    new TimeEntry { VolunteerHours = spent.Hours, Axis = request.Axis },
                },
            });
        }
    }

    private static ReportDraft Draft(IEnumerable<BudgetItem> charges, string text) => new()
    {
        Actual = new Budget
        {
            Charges = { charges },
            Products = { Line("Département 62", 990_000), Line("Auto-financement", 300_000), Line("Valorisation du bénévolat", 1_400_000, BudgetItemKind.Volunteer, 700) },
        },
        DeclaredChargesTotal = new Money { Cents = 2_700_000 },
        ActivityReport = text,
        Department = "62",
    };

    private static BudgetItem Line(string label, long cents, BudgetItemKind kind = BudgetItemKind.Unspecified, double quantity = 0) =>
        new() { Label = label, Amount = new Money { Cents = cents }, Kind = kind, Quantity = quantity };
}
