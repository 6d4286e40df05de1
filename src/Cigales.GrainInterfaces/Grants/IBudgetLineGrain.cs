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
[GenerateSerializer, Immutable]
public sealed record OpenBudgetLine(
    [property: Id(0)] string FunderId,
    [property: Id(1)] int Year,
    [property: Id(2)] string Operation,
    [property: Id(3)] string Imputation,
    [property: Id(4)] string Label,
    [property: Id(5)] long CreditsCents);

[GenerateSerializer, Immutable]
public sealed record BudgetCharge(
    [property: Id(0)] string Key,
    [property: Id(1)] string ConventionId,
    [property: Id(2)] long AmountCents);

[GenerateSerializer, Immutable]
public sealed record BudgetLineSnapshot(
    [property: Id(0)] string BudgetLineId,
    [property: Id(1)] OpenBudgetLine Details,
    [property: Id(2)] long ChargedCents,
    [property: Id(3)] long AvailableCents);
