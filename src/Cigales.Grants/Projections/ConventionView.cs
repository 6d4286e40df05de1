using Cigales.GrainInterfaces.Grants;
using Cigales.Grants.Domain;
using Marten.Events.Aggregation;

namespace Cigales.Grants.Projections;

/// <summary>A convention as lists show it, kept up to date inline with the convention's events.</summary>
public sealed record ConventionView(
    string Id,
    string FileNumber,
    Party Funder,
    Party Beneficiary,
    long AmountCents,
    DateOnly Start,
    DateOnly End,
    DateTimeOffset RegisteredAt)
{
    /// <summary>Lists go by file number; the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{FileNumber}\u001f{Id}";

    public ConventionSnapshot ToSnapshot() => new(Id, FileNumber, Funder, Beneficiary, AmountCents, Start, End, RegisteredAt);
}

public sealed class ConventionViewProjection : SingleStreamProjection<ConventionView, string>
{
    public static ConventionView Create(ConventionRegistered e) =>
        new(e.ConventionId, e.FileNumber, e.Funder, e.Beneficiary, e.AmountCents, e.Start, e.End, e.RegisteredAt);
}
