namespace Cigales.GrainInterfaces.Grants;

/// <summary>
/// A funder's convention with a beneficiary, keyed by its id: the single writer of its life —
/// drafted → voted → signed → paid → final report submitted → controlled → closed — with its
/// amendments, extension requests, termination and recoveries.
/// </summary>
public interface IConventionGrain : IGrainWithStringKey
{
    /// <summary>Drafts the convention; its provisional budget is checked, every problem listed.</summary>
    Task<ConventionSnapshot> DraftAsync(ConventionTerms terms);

    Task<ConventionSnapshot?> GetAsync();

    Task<ConventionSnapshot> RecordReportAsync(CommitteeReport report);

    /// <summary>Records the deliberation; adopted, it charges the grant to the budget line.</summary>
    Task<ConventionSnapshot> RecordDeliberationAsync(Deliberation deliberation);

    Task<ConventionSnapshot> SignAsync(DateOnly on);

    /// <summary>A payment, once per key, never above the grant.</summary>
    Task<ConventionSnapshot> RecordPaymentAsync(RecordGrantPayment command);

    Task<ConventionSnapshot> SubmitFinalReportAsync(FinalReport report);

    /// <summary>The amount accepted after control; below what was paid, a recovery order for the difference.</summary>
    Task<ConventionSnapshot> ControlAsync(ControlConvention command);

    Task<ConventionSnapshot> CloseAsync(DateOnly on);

    Task<ConventionSnapshot> AmendAsync(Amendment amendment);

    Task<ConventionSnapshot> RequestExtensionAsync(ExtensionRequest request);

    /// <summary>The committee's deliberation on the pending extension request.</summary>
    Task<ConventionSnapshot> DecideExtensionAsync(Deliberation deliberation);

    Task<ConventionSnapshot> TerminateAsync(Termination termination);

    /// <summary>The final report is still missing past the delay after the end: repayment of everything paid is claimed.</summary>
    Task<ConventionSnapshot> ClaimRepaymentAsync(DateOnly on);

    /// <summary>Keeps what the staff wrote for the final report (actual budget, text, acknowledgements): the report is built from it and the records.</summary>
    Task<ConventionSnapshot> SaveReportDraftAsync(ReportDraft draft);
}

/// <summary>A party to the convention: an organisation and who signs for it.</summary>
[GenerateSerializer, Immutable]
public sealed record Party(
    [property: Id(0)] string OrganisationId,
    [property: Id(1)] string SignatoryName,
    [property: Id(2)] string SignatoryTitle);

/// <summary>An axis of the action programme, with what it plans.</summary>
[GenerateSerializer, Immutable]
public sealed record ActionAxis(
    [property: Id(0)] int Number,
    [property: Id(1)] string Title,
    [property: Id(2)] decimal StaffDays,
    [property: Id(3)] decimal VolunteerHours);

[GenerateSerializer]
public enum BudgetItemKind
{
    /// <summary>Any other charge or product.</summary>
    Other,
    /// <summary>Staff work, in days at the day rate (charges).</summary>
    Staff,
    /// <summary>Volunteer work, in hours at the hour rate, shown on both sides.</summary>
    Volunteer,
}

/// <param name="Quantity">Days for the staff line, hours for the volunteer lines; 0 otherwise.</param>
[GenerateSerializer, Immutable]
public sealed record BudgetItem(
    [property: Id(0)] string Label,
    [property: Id(1)] long AmountCents,
    [property: Id(2)] BudgetItemKind Kind = BudgetItemKind.Other,
    [property: Id(3)] decimal Quantity = 0);

[GenerateSerializer, Immutable]
public sealed record ProvisionalBudget(
    [property: Id(0)] IReadOnlyList<BudgetItem> Charges,
    [property: Id(1)] IReadOnlyList<BudgetItem> Products);

/// <param name="On">The day it is due; null when due at signature or on a condition.</param>
/// <param name="Condition">What it waits for, when not a date (e.g. "at signature").</param>
[GenerateSerializer, Immutable]
public sealed record Instalment(
    [property: Id(0)] long AmountCents,
    [property: Id(1)] DateOnly? On,
    [property: Id(2)] string Condition);

/// <summary>The convention's own rule values (DOMAIN.md: 6 months, 6 months, one month in the 2025 case).</summary>
[GenerateSerializer, Immutable]
public sealed record ConventionRuleValues(
    [property: Id(0)] int ClawbackMonthsAfterEnd = 6,
    [property: Id(1)] int ExtensionRequestMonthsBeforeEnd = 6,
    [property: Id(2)] int TerminationNoticeMonths = 1);

/// <summary>How work is valued in the budget (DOMAIN.md: 365 € a staff day, 20 € a volunteer hour in 2025).</summary>
[GenerateSerializer, Immutable]
public sealed record ValuationRates(
    [property: Id(0)] long StaffDayCents,
    [property: Id(1)] long VolunteerHourCents);

[GenerateSerializer, Immutable]
public sealed record ConventionTerms(
    [property: Id(0)] string FileNumber,
    [property: Id(1)] string Object,
    [property: Id(2)] Party Funder,
    [property: Id(3)] Party Beneficiary,
    [property: Id(4)] IReadOnlyList<string> LegalBases,
    [property: Id(5)] IReadOnlyList<ActionAxis> Axes,
    [property: Id(6)] ProvisionalBudget Budget,
    [property: Id(7)] ValuationRates Rates,
    [property: Id(8)] long GrantCents,
    [property: Id(9)] DateOnly Start,
    [property: Id(10)] DateOnly End,
    [property: Id(11)] IReadOnlyList<Instalment> Schedule,
    [property: Id(12)] DateOnly FinalReportDue,
    [property: Id(13)] ConventionRuleValues Rules,
    [property: Id(14)] string BudgetLineId)
{
    /// <summary>The last day an extension may be asked for: the delay before the end.</summary>
    public DateOnly ExtensionDeadline => End.AddMonths(-Rules.ExtensionRequestMonthsBeforeEnd);

    /// <summary>The first day repayment of everything paid becomes claimable if the final report is missing then.</summary>
    public DateOnly ClawbackFrom => End.AddMonths(Rules.ClawbackMonthsAfterEnd).AddDays(1);
}

/// <summary>The report to the committee that proposes the grant.</summary>
[GenerateSerializer, Immutable]
public sealed record CommitteeReport(
    [property: Id(0)] string Number,
    [property: Id(1)] DateOnly OpinionOn,
    [property: Id(2)] string Opinion);

/// <summary>A committee's deliberation: adopted when the votes for exceed the votes against.</summary>
[GenerateSerializer, Immutable]
public sealed record Deliberation(
    [property: Id(0)] string Number,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] string Body,
    [property: Id(3)] int For,
    [property: Id(4)] int Against,
    [property: Id(5)] int Abstentions,
    [property: Id(6)] int AbsentWithoutProxy)
{
    public bool Adopted => For > Against;
}

[GenerateSerializer, Immutable]
public sealed record RecordGrantPayment(
    [property: Id(0)] string Key,
    [property: Id(1)] long AmountCents,
    [property: Id(2)] DateOnly On);

/// <summary>Actual figures, line by line and axis by axis, against the provisional ones.</summary>
/// <param name="AcknowledgedRules">The budget rules whose breach the staff acknowledged, with a reason, in the report's draft.</param>
[GenerateSerializer, Immutable]
public sealed record FinalReport(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] ProvisionalBudget Actual,
    [property: Id(2)] IReadOnlyList<ActionAxis> ActualAxes,
    [property: Id(3)] string ActivityReport,
    [property: Id(4)] IReadOnlyList<string>? AcknowledgedRules = null);

/// <summary>
/// What the staff write for the final report; the rest comes from the records. Inconsistencies
/// found in it are listed; each is fixed, or acknowledged with a reason before the report goes in.
/// </summary>
/// <param name="Actual">The actual charges and products, in the form of the provisional budget.</param>
/// <param name="DeclaredChargesCents">The charges' total as written on the form, when it is; checked against the lines.</param>
/// <param name="ActivityReport">The activity report's text; the figures typed in it are checked against the records.</param>
/// <param name="Department">The funder's department, whose clubs and investments the report counts.</param>
[GenerateSerializer, Immutable]
public sealed record ReportDraft(
    [property: Id(0)] ProvisionalBudget Actual,
    [property: Id(1)] long? DeclaredChargesCents,
    [property: Id(2)] long? DeclaredProductsCents,
    [property: Id(3)] string ActivityReport,
    [property: Id(4)] IReadOnlyList<Acknowledgement> Acknowledgements,
    [property: Id(5)] string Department);

/// <param name="Inconsistency">The inconsistency's id, as the report lists it.</param>
[GenerateSerializer, Immutable]
public sealed record Acknowledgement([property: Id(0)] string Inconsistency, [property: Id(1)] string Reason);

[GenerateSerializer, Immutable]
public sealed record ControlConvention(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] long AcceptedCents);

/// <summary>A dated, signed version of what changes; null where nothing changes.</summary>
[GenerateSerializer, Immutable]
public sealed record Amendment(
    [property: Id(0)] int Number,
    [property: Id(1)] DateOnly SignedOn,
    [property: Id(2)] string Description,
    [property: Id(3)] long? GrantCents,
    [property: Id(4)] DateOnly? End,
    [property: Id(5)] DateOnly? FinalReportDue);

[GenerateSerializer, Immutable]
public sealed record ExtensionRequest(
    [property: Id(0)] DateOnly RequestedOn,
    [property: Id(1)] DateOnly NewEnd,
    [property: Id(2)] string Reason);

[GenerateSerializer]
public enum TerminationKind
{
    /// <summary>After a registered letter left without effect for the notice period.</summary>
    Notice,
    /// <summary>At once, for a false declaration.</summary>
    FalseDeclaration,
}

/// <param name="LetterSentOn">The registered letter, for a termination by notice.</param>
/// <param name="UsedCents">What was used of the sums paid; the rest is recovered.</param>
[GenerateSerializer, Immutable]
public sealed record Termination(
    [property: Id(0)] TerminationKind Kind,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] DateOnly? LetterSentOn,
    [property: Id(3)] long UsedCents,
    [property: Id(4)] string Reason);

[GenerateSerializer]
public enum ConventionStatus
{
    Drafted,
    Voted,
    Signed,
    Paid,
    ReportSubmitted,
    Controlled,
    Closed,
    Terminated,
}

[GenerateSerializer, Immutable]
public sealed record PaymentLine(
    [property: Id(0)] string Key,
    [property: Id(1)] long AmountCents,
    [property: Id(2)] DateOnly On);

/// <summary>A recovery order (titre de recette): what the beneficiary must pay back, and why.</summary>
[GenerateSerializer, Immutable]
public sealed record RecoveryOrder(
    [property: Id(0)] long AmountCents,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] string Reason);

[GenerateSerializer, Immutable]
public sealed record ExtensionView(
    [property: Id(0)] ExtensionRequest Request,
    [property: Id(1)] Deliberation? Decision);

[GenerateSerializer, Immutable]
public sealed record ConventionSnapshot(
    [property: Id(0)] string ConventionId,
    [property: Id(1)] ConventionTerms Terms,
    [property: Id(2)] ConventionStatus Status,
    [property: Id(3)] CommitteeReport? Report,
    [property: Id(4)] Deliberation? Deliberation,
    [property: Id(5)] DateOnly? SignedOn,
    [property: Id(6)] IReadOnlyList<PaymentLine> Payments,
    [property: Id(7)] FinalReport? FinalReport,
    [property: Id(8)] long? AcceptedCents,
    [property: Id(9)] IReadOnlyList<RecoveryOrder> Recoveries,
    [property: Id(10)] IReadOnlyList<Amendment> Amendments,
    [property: Id(11)] IReadOnlyList<ExtensionView> Extensions,
    [property: Id(12)] Termination? Termination,
    [property: Id(13)] DateOnly? ClosedOn,
    [property: Id(14)] DateTimeOffset DraftedAt,
    [property: Id(15)] ReportDraft? ReportDraft = null)
{
    public long PaidCents => Payments.Sum(payment => payment.AmountCents);
}
