using Cigales.Finance.Domain;
using Marten.Events.Aggregation;

namespace Cigales.Finance.Projections;

/// <summary>An enterprise as lists and portfolio reports need it, with its partners' co-financing.</summary>
public sealed record EnterpriseView(
    string Id,
    RegisterEnterprise Details,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<CoFinancingLine> CoFinancing)
{
    /// <summary>Lists go by name; the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{Details.Name.ToLowerInvariant()}\u001f{Id}";

    public string Department => Details.Department;

    public EnterpriseSnapshot ToSnapshot() => new(Id, Details, LegalCategories.Of(Details.LegalForm), RegisteredAt, CoFinancing);

    public EnterpriseFacts ToFacts() =>
        new(Id, Details.Name, Details.Activity, Details.LegalForm, Details.Town, Details.Department, Details.Territory, Details.Stage);
}

public sealed class EnterpriseViewProjection : SingleStreamProjection<EnterpriseView, string>
{
    public static EnterpriseView Create(EnterpriseRegistered e) => new(e.EnterpriseId, e.Details, e.RegisteredAt, []);

    public static EnterpriseView Apply(CoFinancingRecorded e, EnterpriseView view) =>
        view with { CoFinancing = [.. view.CoFinancing, new CoFinancingLine(e.Key, e.PartnerId, e.PartnerName, e.Amount, e.Instrument, e.On)] };
}
