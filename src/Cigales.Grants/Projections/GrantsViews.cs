using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Cigales.Grants.Projections;

/// <summary>
/// A convention as lists, deadlines and the open-data export need it: its whole state, folded by
/// the domain itself inline with its events (a convention has a few dozen events at most).
/// </summary>
public sealed record ConventionView(string Id, ConventionState State)
{
    public string FunderId => State.Terms.Funder.OrganisationId;

    /// <summary>Lists go by file number; the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{State.Terms.FileNumber}\u001f{Id}";

    public ConventionSnapshot ToSnapshot() => State.ToSnapshot()!;
}

public sealed class ConventionViewProjection : SingleStreamProjection<ConventionView, string>
{
    public override ConventionView? Evolve(ConventionView? snapshot, string id, IEvent e) =>
        e.Data is ConventionEvent @event ? new ConventionView(id, (snapshot?.State ?? ConventionState.Initial).Apply(@event)) : snapshot;
}

public sealed record OrganisationView(string Id, RegisterOrganisation Details, DateTimeOffset RegisteredAt)
{
    public string SortKey => $"{Details.Name.ToLowerInvariant()}\u001f{Id}";

    public OrganisationSnapshot ToSnapshot() => new(Id, Details, RegisteredAt);
}

public sealed class OrganisationViewProjection : SingleStreamProjection<OrganisationView, string>
{
    public static OrganisationView Create(OrganisationRegistered e) => new(e.OrganisationId, e.Details, e.RegisteredAt);
}

/// <param name="Charged">Stored as <c>ChargedCents</c>. No query filters or sorts on it: an amount that one did would stay a <c>long …Cents</c>, the only name Marten's LINQ knows it by.</param>
public sealed record BudgetLineView(string Id, OpenBudgetLine Details, Money Charged)
{
    public string SortKey => $"{Details.Year:0000}\u001f{Details.Operation}\u001f{Id}";

    public BudgetLineSnapshot ToSnapshot() => new(Id, Details, Charged, Details.Credits - Charged);
}

public sealed class BudgetLineViewProjection : SingleStreamProjection<BudgetLineView, string>
{
    public static BudgetLineView Create(BudgetLineOpened e) => new(e.BudgetLineId, e.Details, Money.Zero);

    public static BudgetLineView Apply(BudgetCharged e, BudgetLineView view) => view with { Charged = view.Charged + e.Amount };

    public static BudgetLineView Apply(BudgetReleased e, BudgetLineView view) => view with { Charged = view.Charged - e.Amount };
}
