using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <param name="CreatedOn">The day the club was created; null for the day it is registered.</param>
/// <param name="RenewsClubId">The older club this one renews; empty when none.</param>
public sealed record RegisterClub(
    string Name,
    string Commune,
    string Department,
    string Territory,
    DateOnly? CreatedOn = null,
    string RenewsClubId = "",
    InternalRules? Rules = null);

/// <summary>Sets the club's internal rules from a date on.</summary>
public sealed record SetInternalRules(InternalRules Rules, DateOnly On);

/// <summary>Moves the club along its life cycle, dated and explained.</summary>
public sealed record ChangeClubStatus(
    ClubStatus To,
    DateOnly On,
    string Reason);

/// <summary>Renews the joint-ownership term for another period (once at most).</summary>
public sealed record RenewTerm(DateOnly On);

public sealed record JoinClub(string MemberId, DateOnly On);

/// <param name="Settlement">What becomes of the member's share; null when they keep it until the liquidation.</param>
/// <param name="Key">The idempotency key, required when the share is bought (money moves).</param>
public sealed record LeaveClub(string MemberId, DateOnly On, ShareSettlement? Settlement = null, string Key = "");

/// <summary>What becomes of a departing member's share (Code civil art. 1873-1 ff., DOMAIN.md "Leaving").</summary>
public enum SettlementKind
{
    /// <summary>The member keeps their share until the liquidation.</summary>
    Kept,

    /// <summary>The other members buy it: the club pays the member from its cash.</summary>
    BoughtByMembers,

    /// <summary>A newcomer, a member by then, buys it and pays the member.</summary>
    BoughtByNewcomer,
}

/// <summary>At what value a share is bought, as the club's rules say.</summary>
public enum ShareValue
{
    /// <summary>What the member contributed.</summary>
    Contributions,

    /// <summary>The member's pro-rata share of what the club owns (cash, funds set aside, stakes at cost).</summary>
    PortfolioShare,
}

/// <param name="BuyerId">The newcomer who buys; empty unless <see cref="SettlementKind.BoughtByNewcomer"/>.</param>
public sealed record ShareSettlement(SettlementKind Kind, ShareValue Value, string BuyerId = "");

public enum OfficerRole
{
    Manager,
    Treasurer,
    Secretary,
}

public sealed record AssignOfficer(
    OfficerRole Role,
    string MemberId,
    DateOnly On);

public sealed record RenewManagerMandate(DateOnly On);

/// <summary>A member's monthly pledge from a month on (replacing the pledge in force).</summary>
public sealed record SetPledge(
    string MemberId,
    Money Monthly,
    YearMonth From);

/// <param name="Key">The client's idempotency key: one contribution per key.</param>
/// <param name="Month">The month the contribution is for.</param>
public sealed record RecordContribution(
    string Key,
    string MemberId,
    YearMonth Month,
    Money Amount,
    DateOnly PaidOn);

/// <summary>Names the one or two sponsors of an enterprise the club finances.</summary>
public sealed record NameSponsors(
    string EnterpriseId,
    IReadOnlyList<string> SponsorIds,
    DateOnly On);

public sealed record NoteFollowUp(
    string EnterpriseId,
    DateOnly On,
    string AuthorId,
    string Note);
