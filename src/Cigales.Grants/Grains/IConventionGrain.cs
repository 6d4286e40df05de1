using Cigales.Grants.Domain;

namespace Cigales.Grants.Grains;

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

    /// <summary>The beneficiary's account the grant is paid to (IBAN and BIC checked).</summary>
    Task<ConventionSnapshot> RecordBankDetailsAsync(BankDetails details);

    /// <summary>An expense of the actual budget, once per key, paid within the period.</summary>
    Task<ConventionSnapshot> RecordExpenseAsync(Expense expense);

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

    /// <summary>A recovery order the funder issues itself, once per key.</summary>
    Task<ConventionSnapshot> OrderRecoveryAsync(OrderRecovery command);

    /// <summary>The beneficiary paid back a recovery order, once per key, never more than ordered.</summary>
    Task<ConventionSnapshot> RecordRecoveryPaymentAsync(RecordRecoveryPayment command);

    /// <summary>The final report is still missing past the delay after the end: repayment of everything paid is claimed.</summary>
    Task<ConventionSnapshot> ClaimRepaymentAsync(DateOnly on);

    /// <summary>Keeps what the staff wrote for the final report (actual budget, text, acknowledgements): the report is built from it and the records.</summary>
    Task<ConventionSnapshot> SaveReportDraftAsync(ReportDraft draft);
}
