using Cigales.Grants.Domain;

namespace Cigales.Grants.Grains;

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
