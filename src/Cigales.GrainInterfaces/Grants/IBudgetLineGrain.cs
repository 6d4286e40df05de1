namespace Cigales.GrainInterfaces.Grants;

/// <summary>
/// A funder's budget operation for a year, keyed by its id: the single writer of its charges, so
/// that it never goes below zero, however many conventions are charged to it at once.
/// </summary>
public interface IBudgetLineGrain : IGrainWithStringKey
{
    Task<BudgetLineSnapshot> OpenAsync(OpenBudgetLine command);

    Task<BudgetLineSnapshot?> GetAsync();

    /// <summary>Charges a grant to the line, once per key; refused beyond the credits left.</summary>
    Task<BudgetLineSnapshot> ChargeAsync(BudgetCharge command);

    /// <summary>Gives back (part of) a charge, once per key: a grant reduced, ended early.</summary>
    Task<BudgetLineSnapshot> ReleaseAsync(BudgetCharge command);
}

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
