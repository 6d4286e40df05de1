using Cigales.GrainInterfaces.Reports;
using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>
/// Builds the final report from the staff's draft and what was recorded, and lists every
/// inconsistency: totals that are not the sum of their lines, charges that differ from products,
/// valuations that differ from quantity × rate (and quantities that differ from the time recorded
/// for the axes), figures typed in the text that differ from the records, events held and
/// attributed to no axis. A pure function: the same draft and records give the same report.
/// </summary>
public static class FinalReportBuilder
{
    /// <summary>Before the staff write anything: no actual budget, no text, the whole region.</summary>
    public static readonly ReportDraft NothingWritten = new(new ProvisionalBudget([], []), null, null, string.Empty, [], string.Empty);

    public static FinalReportView Build(ConventionSnapshot convention, string funderName, string beneficiaryName, ReportDraft draft, ReportFacts facts)
    {
        var terms = convention.Terms;
        var mine = facts.Events.Where(e => e.Axis?.ConventionId == convention.ConventionId).ToList();
        var time = facts.Events.SelectMany(e => e.TimeSpent).Where(entry => entry.Axis.ConventionId == convention.ConventionId).ToList();
        var outside = facts.OutsideWork.SelectMany(work => work.TimeSpent).Where(entry => entry.Axis.ConventionId == convention.ConventionId).ToList();
        var axes = terms.Axes.Select(axis =>
        {
            var events = mine.Where(e => e.Axis!.Axis == axis.Number).ToList();
            var spent = time.Where(entry => entry.Axis.Axis == axis.Number).ToList();
            var spentOutside = outside.Where(entry => entry.Axis.Axis == axis.Number).ToList();
            var (daysOutside, hoursOutside) = (spentOutside.Sum(entry => entry.StaffDays), spentOutside.Sum(entry => entry.VolunteerHours));
            var held = events.Where(e => e.Outcome == EventOutcome.Held).ToList();
            return new AxisActivity(
                axis.Number, axis.Title, axis.StaffDays, spent.Sum(entry => entry.StaffDays) + daysOutside, axis.VolunteerHours, spent.Sum(entry => entry.VolunteerHours) + hoursOutside,
                held.Count, events.Count(e => e.Outcome == EventOutcome.Cancelled), held.Sum(e => e.People), held.Sum(e => e.Holders), daysOutside, hoursOutside);
        }).ToList();
        var total = new AxisActivity(
            0, "Total", axes.Sum(a => a.PlannedDays), axes.Sum(a => a.ActualDays), axes.Sum(a => a.PlannedHours), axes.Sum(a => a.ActualHours),
            axes.Sum(a => a.EventsHeld), axes.Sum(a => a.EventsCancelled), axes.Sum(a => a.People), axes.Sum(a => a.HoldersMet),
            axes.Sum(a => a.DaysOutsideEvents), axes.Sum(a => a.HoursOutsideEvents));
        var unattributed = facts.Events.Where(e => e.Outcome == EventOutcome.Held && e.Axis is null).ToList();
        var (actual, expenseGaps) = WithExpenses(draft.Actual, convention.ExpensesRecorded);
        draft = draft with { Actual = actual };
        var lines = Compare("charges", terms.Budget.Charges, draft.Actual.Charges).Concat(Compare("products", terms.Budget.Products, draft.Actual.Products)).ToList();

        var found = new List<Inconsistency>();
        found.AddRange(expenseGaps);
        found.AddRange(Totals(draft));
        found.AddRange(Valuations(draft, terms.Rates, total.ActualDays, total.ActualHours));
        found.AddRange(unattributed.Select(e => new Inconsistency(
            $"activity.unattributed:{e.EventId}", "report.activity_unattributed",
            $"the event '{e.Title}' of {CalendarDate.ToIso(e.Start)} was held and is attributed to no axis")));
        found.AddRange(TextFigures.Check(draft.ActivityReport, Figures(total, facts, lines, convention)));
        found.AddRange(TextFigures.Products(draft.ActivityReport));

        var reasons = draft.Acknowledgements.GroupBy(ack => ack.Inconsistency).ToDictionary(group => group.Key, group => group.Last().Reason.Trim());
        var inconsistencies = found.Select(inconsistency => inconsistency with { AcknowledgedBecause = reasons.GetValueOrDefault(inconsistency.Id) }).ToList();
        return new FinalReportView(
            convention, funderName, beneficiaryName, draft.Department, axes, total, unattributed.Count, facts.Finance, facts.ClubsCreated, lines,
            total.ActualDays, total.ActualHours, draft.ActivityReport, inconsistencies, draft.Actual);
    }

    /// <summary>
    /// The actual budget with the expenses recorded: a charge line the draft leaves out is the sum of
    /// its expenses; one the draft gives at another amount than its expenses' sum is an inconsistency.
    /// </summary>
    public static (ProvisionalBudget Actual, IReadOnlyList<Inconsistency> Gaps) WithExpenses(ProvisionalBudget actual, IReadOnlyList<Expense> expenses)
    {
        var charges = actual.Charges.ToList();
        var gaps = new List<Inconsistency>();
        foreach (var line in expenses.GroupBy(expense => expense.Line, StringComparer.OrdinalIgnoreCase))
        {
            var spent = line.Sum(expense => expense.Amount);
            var written = charges.Where(item => Same(item.Label, line.Key)).ToList();
            if (written.Count == 0)
            {
                charges.Add(new BudgetItem(line.Key, spent));
            }
            else if (written.Sum(item => item.Amount) is var amount && amount != spent)
            {
                gaps.Add(new Inconsistency($"expenses:{line.Key}", "report.expenses",
                    $"the line '{line.Key}' says {amount}, its {line.Count()} expense(s) recorded add up to {spent}"));
            }
        }

        return (actual with { Charges = charges }, gaps);
    }

    /// <summary>The report the convention receives: the actual budget, each axis's recorded days and hours, the acknowledged budget rules.</summary>
    public static FinalReport ToFinalReport(FinalReportView report, DateOnly on) => new(
        on,
        report.Actual,
        report.Axes.Select(axis => new ActionAxis(axis.Number, axis.Title, axis.ActualDays, axis.ActualHours)).ToList(),
        report.ActivityReport,
        report.Inconsistencies.Where(i => i.Acknowledged).Select(i => i.Rule).Distinct().ToList());

    /// <summary>Planned and actual lines side by side: by label, the planned ones in their order, then the lines not planned.</summary>
    private static IEnumerable<LineComparison> Compare(string side, IReadOnlyList<BudgetItem> planned, IReadOnlyList<BudgetItem> actual)
    {
        foreach (var line in planned)
        {
            var done = actual.Where(item => Same(item.Label, line.Label)).ToList();
            yield return new LineComparison(side, line.Label, line.Kind, line.Amount, done.Sum(item => item.Amount), line.Quantity, done.Sum(item => item.Quantity));
        }

        foreach (var extra in actual.Where(item => !planned.Any(line => Same(line.Label, item.Label))))
        {
            yield return new LineComparison(side, extra.Label, extra.Kind, Money.Zero, extra.Amount, 0, extra.Quantity);
        }
    }

    private static bool Same(string a, string b) => ConventionRules.SameLabel(a, b);

    private static IEnumerable<Inconsistency> Totals(ReportDraft draft)
    {
        var charges = draft.Actual.Charges.Sum(line => line.Amount);
        var products = draft.Actual.Products.Sum(line => line.Amount);
        if (draft.DeclaredCharges is { } declaredCharges && declaredCharges != charges)
        {
            yield return new Inconsistency("total.charges", "report.total",
                $"the charges' total written, {declaredCharges}, is not the sum of their lines, {charges}");
        }

        if (draft.DeclaredProducts is { } declaredProducts && declaredProducts != products)
        {
            yield return new Inconsistency("total.products", "report.total",
                $"the products' total written, {declaredProducts}, is not the sum of their lines, {products}");
        }
    }

    /// <summary>The budget's own checks on the actual budget, and its quantities against the time recorded for the axes.</summary>
    private static IEnumerable<Inconsistency> Valuations(ReportDraft draft, ValuationRates rates, decimal recordedDays, decimal recordedHours)
    {
        // The axes as the records give them: the budget check then compares the staff and volunteer quantities with them.
        var recorded = new List<ActionAxis> { new(0, "records", recordedDays, recordedHours) };
        foreach (var problem in BudgetChecks.Problems(draft.Actual, recorded, rates, "actual", "records"))
        {
            var subject = problem.Rule switch
            {
                "budget.staff_rate" or "budget.volunteer_rate" => $":{problem.Field}:{Quoted(problem.Message)}",
                _ => string.Empty,
            };
            var message = problem.Rule switch
            {
                "budget.axes_days" => $"the staff lines count {draft.Actual.Charges.Where(l => l.Kind == BudgetItemKind.Staff).Sum(l => l.Quantity)} days, the time recorded for the axes {recordedDays}",
                "budget.axes_hours" => $"the volunteer valuation counts {draft.Actual.Charges.Where(l => l.Kind == BudgetItemKind.Volunteer).Sum(l => l.Quantity)} hours, the time recorded for the axes {recordedHours}",
                _ => problem.Message,
            };
            yield return new Inconsistency($"{problem.Rule}{subject}", problem.Rule, message);
        }
    }

    /// <summary>The label between quotes in a budget check's message: which line it is about.</summary>
    private static string Quoted(string message) =>
        message.IndexOf('\'') is var start and >= 0 && message.IndexOf('\'', start + 1) is var end and > 0 ? message[(start + 1)..end] : message;

    /// <summary>The figures a sentence of the activity report may quote, by what they count.</summary>
    private static IReadOnlyDictionary<TextFigures.Measure, IReadOnlySet<decimal>> Figures(
        AxisActivity total, ReportFacts facts, IReadOnlyList<LineComparison> lines, ConventionSnapshot convention)
    {
        var held = facts.Events.Where(e => e.Outcome == EventOutcome.Held).ToList();
        var byKind = held.GroupBy(e => e.Kind).Select(group => (decimal)group.Count());
        return new Dictionary<TextFigures.Measure, IReadOnlySet<decimal>>
        {
            [TextFigures.Measure.Holders] = new HashSet<decimal> { held.Sum(e => e.Holders), total.HoldersMet, facts.Finance.Welcomed, facts.Finance.Studied, facts.Finance.Financed },
            [TextFigures.Measure.Events] = new HashSet<decimal>([held.Count, held.Count + facts.Events.Count(e => e.Outcome == EventOutcome.Cancelled), total.EventsHeld, .. byKind]),
            [TextFigures.Measure.People] = new HashSet<decimal> { held.Sum(e => e.People), total.People },
            [TextFigures.Measure.Clubs] = new HashSet<decimal> { facts.ClubsCreated.Count },
            [TextFigures.Measure.Days] = new HashSet<decimal>([total.ActualDays, total.PlannedDays, .. lines.Where(l => l.Kind == BudgetItemKind.Staff).Select(l => l.ActualQuantity)]),
            [TextFigures.Measure.Hours] = new HashSet<decimal>([total.ActualHours, total.PlannedHours, .. lines.Where(l => l.Kind == BudgetItemKind.Volunteer).Select(l => l.ActualQuantity)]),
            [TextFigures.Measure.Euros] = new HashSet<decimal>([
                InEuros(convention.Terms.Grant), InEuros(facts.Finance.Amount), InEuros(convention.Paid),
                .. lines.SelectMany(l => new[] { InEuros(l.Actual), InEuros(l.Planned) }),
                InEuros(lines.Where(l => l.Side == "charges").Sum(l => l.Actual)), InEuros(lines.Where(l => l.Side == "products").Sum(l => l.Actual))]),
        };
    }

    /// <summary>An amount as the text quotes it: a number of euros, cents after the decimal point.</summary>
    private static decimal InEuros(Money amount) => amount.Cents / 100m;
}
