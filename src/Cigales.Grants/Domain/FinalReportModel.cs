using Cigales.GrainInterfaces.Reports;
using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>What the other services recorded over the convention's period, as the report reads it.</summary>
/// <param name="Events">The events whose first day falls in the period.</param>
/// <param name="Finance">The period's pipeline and investments in the funder's department.</param>
/// <param name="ClubsCreated">The clubs created in the period in the funder's department.</param>
/// <param name="OutsideWork">The work outside events (newsletters, partner meetings…) whose first day falls in the period.</param>
public sealed record ReportFacts(IReadOnlyList<EventFacts> Events, FinancePeriod Finance, IReadOnlyList<ClubCreated> ClubsCreated, IReadOnlyList<OutsideWorkFacts> OutsideWork);

/// <summary>One axis of the programme: what was planned, what the records show.</summary>
/// <param name="ActualDays">The staff days recorded for the axis: on events and outside them.</param>
/// <param name="ActualHours">The volunteer hours recorded for the axis: on events and outside them.</param>
/// <param name="People">The people present at the axis's events held (the attendance totals).</param>
/// <param name="HoldersMet">The project holders present at them.</param>
/// <param name="DaysOutsideEvents">The part of the staff days recorded outside events.</param>
/// <param name="HoursOutsideEvents">The part of the volunteer hours recorded outside events.</param>
public sealed record AxisActivity(
    int Number, string Title, decimal PlannedDays, decimal ActualDays, decimal PlannedHours, decimal ActualHours,
    int EventsHeld, int EventsCancelled, int People, int HoldersMet, decimal DaysOutsideEvents, decimal HoursOutsideEvents);

/// <summary>A line of the budget, planned against actual (matched by label and side).</summary>
public sealed record LineComparison(string Side, string Label, BudgetItemKind Kind, Money Planned, Money Actual, decimal PlannedQuantity, decimal ActualQuantity)
{
    public Money Difference => Actual - Planned;
}

/// <summary>An inconsistency the report found; it is fixed in the draft, or acknowledged with a reason.</summary>
/// <param name="Id">Stable while the cause stays: what an acknowledgement names.</param>
/// <param name="Rule">The rule broken, e.g. <c>budget.balanced</c>.</param>
/// <param name="AcknowledgedBecause">The reason given, when acknowledged.</param>
public sealed record Inconsistency(string Id, string Rule, string Message, string? AcknowledgedBecause = null)
{
    public bool Acknowledged => AcknowledgedBecause is not null;
}

/// <summary>The final report (bilan final d'exécution) of a convention, built from its draft and the records.</summary>
/// <param name="Actual">The actual budget: the draft's lines, and the lines it leaves out summed from the expenses recorded.</param>
public sealed record FinalReportView(
    ConventionSnapshot Convention,
    string FunderName,
    string BeneficiaryName,
    string Department,
    IReadOnlyList<AxisActivity> Axes,
    AxisActivity Total,
    int EventsUnattributed,
    FinancePeriod Finance,
    IReadOnlyList<ClubCreated> ClubsCreated,
    IReadOnlyList<LineComparison> Lines,
    decimal RecordedStaffDays,
    decimal RecordedVolunteerHours,
    string ActivityReport,
    IReadOnlyList<Inconsistency> Inconsistencies,
    ProvisionalBudget Actual)
{
    public DateOnly From => Convention.Terms.Start;

    public DateOnly To => Convention.Terms.End;

    public Money PlannedCharges => Sum("charges", line => line.Planned);

    public Money ActualCharges => Sum("charges", line => line.Actual);

    public Money PlannedProducts => Sum("products", line => line.Planned);

    public Money ActualProducts => Sum("products", line => line.Actual);

    /// <summary>Whether every inconsistency is fixed or acknowledged: only then does the report go to the convention.</summary>
    public bool Submittable => Inconsistencies.All(inconsistency => inconsistency.Acknowledged);

    private Money Sum(string side, Func<LineComparison, Money> amount) => Lines.Where(line => line.Side == side).Sum(amount);
}
