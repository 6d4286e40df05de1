namespace Cigales.Grants.Domain;

/// <param name="Operation">The funder's operation code, e.g. <c>C01-650A01</c>.</param>
/// <param name="Imputation">The nature/function imputation, e.g. <c>6568//9365</c>.</param>
/// <param name="CreditsCents">The payment credits opened for the year.</param>
public sealed record OpenBudgetLine(
    string FunderId,
    int Year,
    string Operation,
    string Imputation,
    string Label,
    long CreditsCents);

public sealed record BudgetCharge(
    string Key,
    string ConventionId,
    long AmountCents);

public sealed record BudgetLineSnapshot(
    string BudgetLineId,
    OpenBudgetLine Details,
    long ChargedCents,
    long AvailableCents);
