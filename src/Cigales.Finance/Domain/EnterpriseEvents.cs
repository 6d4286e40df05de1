using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>
/// What happened to an enterprise, as stored in its stream: its registration, the clubs' stakes
/// in it and the partners' co-financing. The type names are part of the stored data.
/// </summary>
public abstract record EnterpriseEvent;

public sealed record EnterpriseRegistered(string EnterpriseId, RegisterEnterprise Details, DateTimeOffset RegisteredAt) : EnterpriseEvent;

/// <summary>A club's stake set aside for an investment; it counts towards the limits from now on.</summary>
public sealed record StakeAllocated(string InvestmentId, string ClubId, Instrument Instrument, Money Amount, DateOnly On) : EnterpriseEvent;

public sealed record StakeConfirmed(string InvestmentId, DateOnly On) : EnterpriseEvent;

public sealed record StakeReleased(string InvestmentId, DateOnly On) : EnterpriseEvent;

public sealed record CoFinancingRecorded(
    string Key, string PartnerId, string PartnerName, Money Amount, Instrument Instrument, DateOnly On) : EnterpriseEvent;
