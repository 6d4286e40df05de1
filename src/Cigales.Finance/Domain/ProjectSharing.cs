using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>
/// A project's sharing with the partners, in the holder's state: what they are shown, and each
/// partner's co-financing (the latest record of each), with the requests already recorded.
/// </summary>
public sealed record ProjectSharing(string Summary, Money AmountSought, DateOnly SharedOn, DateOnly? WithdrawnOn)
{
    public ImmutableList<PartnerCoFinancing> CoFinancings { get; init; } = [];

    /// <summary>Each co-financing request recorded, by its idempotency key.</summary>
    public ImmutableDictionary<string, PartnerCoFinancingRecorded> Requests { get; init; } = ImmutableDictionary<string, PartnerCoFinancingRecorded>.Empty;

    public bool IsOpen => WithdrawnOn is null;

    public ProjectSharing Record(PartnerCoFinancingRecorded recorded)
    {
        var coFinancing = new PartnerCoFinancing(recorded.PartnerId, recorded.PartnerName, recorded.Amount, recorded.Instrument, recorded.Status, recorded.On);
        var index = CoFinancings.FindIndex(existing => existing.PartnerId == recorded.PartnerId);
        return this with
        {
            CoFinancings = index < 0 ? CoFinancings.Add(coFinancing) : CoFinancings.SetItem(index, coFinancing),
            Requests = Requests.SetItem(recorded.RequestId, recorded),
        };
    }
}
