using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

// What happened to a project's sharing with the partners, in the project holder's own stream (so
// that the project's history shows it). The type names are part of the stored data.

public sealed record ProjectShared(string Summary, Money AmountSought, DateOnly On) : ProjectHolderEvent;

public sealed record SharingUpdated(string Summary, Money AmountSought) : ProjectHolderEvent;

public sealed record SharingWithdrawn(DateOnly On, string Reason) : ProjectHolderEvent;

public sealed record PartnerCoFinancingRecorded(
    string RequestId,
    string PartnerId,
    string PartnerName,
    Money Amount,
    Instrument Instrument,
    CoFinancingStatus Status,
    DateOnly On) : ProjectHolderEvent;

/// <summary>What changed for the partners.</summary>
public enum SharingChange
{
    Shared,
    Updated,
    Withdrawn,
    CoFinancingRecorded,
}

/// <summary>
/// One entry of the partners' feed (its own stream, <see cref="SharingFeed.StreamId"/>): the
/// project as shared after the change. <paramref name="PartnerId"/> names the partner whose
/// co-financing changed, and only that partner sees such an entry.
/// </summary>
public sealed record SharedProjectChanged(SharingChange Kind, string PartnerId, SharedProjectSnapshot Project);
