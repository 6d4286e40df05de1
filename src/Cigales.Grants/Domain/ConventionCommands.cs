using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>A party to the convention: an organisation and who signs for it.</summary>
public sealed record Party(
    string OrganisationId,
    string SignatoryName,
    string SignatoryTitle);

/// <summary>An axis of the action programme, with what it plans.</summary>
public sealed record ActionAxis(
    int Number,
    string Title,
    decimal StaffDays,
    decimal VolunteerHours);

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
public sealed record BudgetItem(
    string Label,
    Money Amount,
    BudgetItemKind Kind = BudgetItemKind.Other,
    decimal Quantity = 0);

public sealed record ProvisionalBudget(
    IReadOnlyList<BudgetItem> Charges,
    IReadOnlyList<BudgetItem> Products);

/// <param name="On">The day it is due; null when due at signature or on a condition.</param>
/// <param name="Condition">What it waits for, when not a date (e.g. "at signature").</param>
public sealed record Instalment(
    Money Amount,
    DateOnly? On,
    string Condition);

/// <summary>The convention's own rule values (DOMAIN.md: 6 months, 6 months, one month in the 2025 case).</summary>
public sealed record ConventionRuleValues(
    int ClawbackMonthsAfterEnd = 6,
    int ExtensionRequestMonthsBeforeEnd = 6,
    int TerminationNoticeMonths = 1);

/// <summary>How work is valued in the budget (DOMAIN.md: 365 € a staff day, 20 € a volunteer hour in 2025).</summary>
public sealed record ValuationRates(
    Money StaffDay,
    Money VolunteerHour);

public sealed record ConventionTerms(
    string FileNumber,
    string Object,
    Party Funder,
    Party Beneficiary,
    IReadOnlyList<string> LegalBases,
    IReadOnlyList<ActionAxis> Axes,
    ProvisionalBudget Budget,
    ValuationRates Rates,
    Money Grant,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<Instalment> Schedule,
    DateOnly FinalReportDue,
    ConventionRuleValues Rules,
    string BudgetLineId,
    IReadOnlyList<BeneficiaryShare>? Shares = null)
{
    /// <summary>
    /// The beneficiaries the decision splits the grant between, with their shares (the open-data
    /// <c>pourcentageSubvention</c>): the beneficiary alone, with all of it, unless shares are given.
    /// </summary>
    public IReadOnlyList<BeneficiaryShare> SharesOfTheDecision() =>
        Shares is { Count: > 0 } shares ? shares : [new BeneficiaryShare(Beneficiary.OrganisationId, 1m)];

    /// <summary>The last day an extension may be asked for: the delay before the end.</summary>
    public DateOnly ExtensionDeadline => End.AddMonths(-Rules.ExtensionRequestMonthsBeforeEnd);

    /// <summary>The first day repayment of everything paid becomes claimable if the final report is missing then.</summary>
    public DateOnly ClawbackFrom => End.AddMonths(Rules.ClawbackMonthsAfterEnd).AddDays(1);
}

/// <summary>A beneficiary's part of a grant decided for several: from 0.01 to 1, the parts of one decision adding up to 1.</summary>
public sealed record BeneficiaryShare(
    string OrganisationId,
    decimal Share);

/// <summary>Where the grant is paid (the convention's article on payment): the beneficiary's account, stored without spaces and in capitals.</summary>
public sealed record BankDetails(
    string Iban,
    string Bic);

/// <summary>
/// An expense of the actual budget (travel, reception…), paid inside the convention's period and
/// charged to a line of the provisional budget; recorded once per key.
/// </summary>
/// <param name="Line">The label of the provisional budget's charge line it goes to.</param>
public sealed record Expense(
    string Key,
    DateOnly On,
    Money Amount,
    string Line,
    string Label);

/// <summary>The report to the committee that proposes the grant.</summary>
public sealed record CommitteeReport(
    string Number,
    DateOnly OpinionOn,
    string Opinion);

/// <summary>A committee's deliberation: adopted when the votes for exceed the votes against.</summary>
public sealed record Deliberation(
    string Number,
    DateOnly On,
    string Body,
    int For,
    int Against,
    int Abstentions,
    int AbsentWithoutProxy)
{
    public bool Adopted => For > Against;
}

public sealed record RecordGrantPayment(
    string Key,
    Money Amount,
    DateOnly On);

/// <summary>Actual figures, line by line and axis by axis, against the provisional ones.</summary>
/// <param name="AcknowledgedRules">The budget rules whose breach the staff acknowledged, with a reason, in the report's draft.</param>
public sealed record FinalReport(
    DateOnly On,
    ProvisionalBudget Actual,
    IReadOnlyList<ActionAxis> ActualAxes,
    string ActivityReport,
    IReadOnlyList<string>? AcknowledgedRules = null);

/// <summary>
/// What the staff write for the final report; the rest comes from the records. Inconsistencies
/// found in it are listed; each is fixed, or acknowledged with a reason before the report goes in.
/// </summary>
/// <param name="Actual">The actual charges and products, in the form of the provisional budget.</param>
/// <param name="DeclaredCharges">The charges' total as written on the form, when it is; checked against the lines.</param>
/// <param name="ActivityReport">The activity report's text; the figures typed in it are checked against the records.</param>
/// <param name="Department">The funder's department, whose clubs and investments the report counts.</param>
public sealed record ReportDraft(
    ProvisionalBudget Actual,
    Money? DeclaredCharges,
    Money? DeclaredProducts,
    string ActivityReport,
    IReadOnlyList<Acknowledgement> Acknowledgements,
    string Department);

/// <param name="Inconsistency">The inconsistency's id, as the report lists it.</param>
public sealed record Acknowledgement(string Inconsistency, string Reason);

/// <param name="Accepted">The amount of the grant accepted, before the rejected expenses are taken off it.</param>
/// <param name="RejectedExpenses">The keys of the recorded expenses found unjustified: each is taken off the amount accepted.</param>
public sealed record ControlConvention(
    DateOnly On,
    Money Accepted,
    IReadOnlyList<string>? RejectedExpenses = null);

/// <summary>A recovery order the funder issues itself, once per key.</summary>
public sealed record OrderRecovery(
    string Key,
    Money Amount,
    DateOnly On,
    DateOnly Due,
    string Reason);

/// <summary>The beneficiary paid back the recovery order numbered <paramref name="Order"/> (from 1), once per key.</summary>
public sealed record RecordRecoveryPayment(
    string Key,
    int Order,
    Money Amount,
    DateOnly On);

/// <summary>A dated, signed version of what changes; null where nothing changes.</summary>
public sealed record Amendment(
    int Number,
    DateOnly SignedOn,
    string Description,
    Money? Grant,
    DateOnly? End,
    DateOnly? FinalReportDue);

public sealed record ExtensionRequest(
    DateOnly RequestedOn,
    DateOnly NewEnd,
    string Reason);

public enum TerminationKind
{
    /// <summary>After a registered letter left without effect for the notice period.</summary>
    Notice,
    /// <summary>At once, for a false declaration.</summary>
    FalseDeclaration,
    /// <summary>Asked by the beneficiary, who abandons the project: on the funder's order, what was not used is repaid within a month.</summary>
    BeneficiaryRequest,
}

/// <param name="LetterSentOn">The registered letter, for a termination by notice; the beneficiary's letter asking for it, for one it asks.</param>
/// <param name="Used">What was used of the sums paid; the rest is recovered.</param>
public sealed record Termination(
    TerminationKind Kind,
    DateOnly On,
    DateOnly? LetterSentOn,
    Money Used,
    string Reason);

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

public sealed record PaymentLine(
    string Key,
    Money Amount,
    DateOnly On);

/// <summary>A recovery order (titre de recette): what the beneficiary must pay back, by when, and why; and what it paid back.</summary>
public sealed record RecoveryOrder(
    Money Amount,
    DateOnly On,
    string Reason,
    DateOnly? Due = null,
    string? Key = null,
    IReadOnlyList<PaymentLine>? Repayments = null)
{
    public IReadOnlyList<PaymentLine> RepaymentsRecorded => Repayments ?? [];

    public Money Repaid => RepaymentsRecorded.Sum(payment => payment.Amount);

    public Money Outstanding => Amount - Repaid;
}

public sealed record ExtensionView(
    ExtensionRequest Request,
    Deliberation? Decision);

public sealed record ConventionSnapshot(
    string ConventionId,
    ConventionTerms Terms,
    ConventionStatus Status,
    CommitteeReport? Report,
    Deliberation? Deliberation,
    DateOnly? SignedOn,
    IReadOnlyList<PaymentLine> Payments,
    FinalReport? FinalReport,
    Money? Accepted,
    IReadOnlyList<RecoveryOrder> Recoveries,
    IReadOnlyList<Amendment> Amendments,
    IReadOnlyList<ExtensionView> Extensions,
    Termination? Termination,
    DateOnly? ClosedOn,
    DateTimeOffset DraftedAt,
    ReportDraft? ReportDraft = null,
    BankDetails? BankDetails = null,
    IReadOnlyList<Expense>? Expenses = null)
{
    public IReadOnlyList<Expense> ExpensesRecorded => Expenses ?? [];

    public Money Paid => Payments.Sum(payment => payment.Amount);
}
