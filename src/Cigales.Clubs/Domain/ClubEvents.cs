using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>
/// What happened to a club, as stored in its stream: the club's history and its cash ledger.
/// Events name members by id only: a person's name and contact details live in the person
/// directory, so that they can be erased while every amount here stays true. The type names are
/// part of the stored data: rename one only with an upcaster.
/// </summary>
public abstract record ClubEvent;

/// <param name="CreatedOn">The day the club was created (null in streams written before it was recorded: the registration day).</param>
/// <param name="RenewsClubId">The older club this one renews; empty when none.</param>
public sealed record ClubRegistered(
    string ClubId,
    string Name,
    string Commune,
    string Department,
    string Territory,
    DateTimeOffset RegisteredAt,
    DateOnly? CreatedOn = null,
    string RenewsClubId = "") : ClubEvent
{
    public DateOnly CreationDay => CreatedOn ?? DateOnly.FromDateTime(RegisteredAt.UtcDateTime);
}

public sealed record ClubStatusChanged(ClubStatus From, ClubStatus To, DateOnly On, string Reason) : ClubEvent;

/// <summary>The joint ownership (indivision) starts when the club starts investing.</summary>
public sealed record JointOwnershipStarted(DateOnly Start, DateOnly End) : ClubEvent;

public sealed record JointOwnershipRenewed(DateOnly On, DateOnly End) : ClubEvent;

public sealed record MemberJoined(string MemberId, DateOnly On) : ClubEvent;

/// <summary>The member is no longer one from <see cref="On"/> on.</summary>
/// <param name="RecruitBy">When the departure left an investing club below the minimum and its rules accept it: the day by which it must have recruited back to the minimum (null otherwise, and in streams written before).</param>
public sealed record MemberLeft(string MemberId, DateOnly On, DateOnly? RecruitBy = null) : ClubEvent;

/// <summary>The club's internal rules, in force from <see cref="On"/> on (until they are set again).</summary>
public sealed record InternalRulesSet(InternalRules Rules, DateOnly On) : ClubEvent;

/// <param name="MandateEndsOn">The end of the manager's mandate; null for the other offices.</param>
public sealed record OfficerAssigned(OfficerRole Role, string MemberId, DateOnly On, DateOnly? MandateEndsOn) : ClubEvent;

public sealed record ManagerMandateRenewed(DateOnly On, DateOnly EndsOn) : ClubEvent;

public sealed record PledgeSet(string MemberId, Money Monthly, YearMonth From) : ClubEvent;

public sealed record SponsorsNamed(string EnterpriseId, IReadOnlyList<string> SponsorIds, DateOnly On) : ClubEvent;

public sealed record FollowUpNoted(string EnterpriseId, DateOnly On, string AuthorId, string Note) : ClubEvent;

/// <summary>
/// A movement of the club's money, with its postings in the club's ledger: balanced double
/// entries (debit positive, credit negative) that sum to zero. Corrections are new movements,
/// never edits.
/// </summary>
public interface ICashMovement
{
    /// <summary>Short name of the kind of movement, as the ledger shows it.</summary>
    string Kind { get; }

    /// <summary>The idempotency key the movement was recorded under.</summary>
    string Key { get; }

    DateOnly On { get; }

    IReadOnlyList<LedgerLine> Postings { get; }
}

public sealed record ContributionRecorded(
    string Key, string MemberId, YearMonth Month, Money Amount, DateOnly PaidOn, IReadOnlyList<LedgerLine> Postings)
    : ClubEvent, ICashMovement
{
    string ICashMovement.Kind => "contribution";

    DateOnly ICashMovement.On => PaidOn;
}

public sealed record FundsReserved(
    string Key, string InvestmentId, string EnterpriseId, Money Amount, DateOnly On, IReadOnlyList<LedgerLine> Postings)
    : ClubEvent, ICashMovement
{
    string ICashMovement.Kind => "reservation";
}

/// <param name="Key">The payment's key: the reservation's own when it was paid at once.</param>
/// <param name="ReservationKey">The reservation paid from; empty (as stored before payments could be partial) when it is <paramref name="Key"/>.</param>
public sealed record DisbursementConfirmed(
    string Key, string InvestmentId, Money Amount, DateOnly On, IReadOnlyList<LedgerLine> Postings, string ReservationKey = "")
    : ClubEvent, ICashMovement
{
    string ICashMovement.Kind => "disbursement";

    public string ReservationPaid() => string.IsNullOrEmpty(ReservationKey) ? Key : ReservationKey;
}

public sealed record ReservationReleased(
    string Key, Money Amount, DateOnly On, string Reason, IReadOnlyList<LedgerLine> Postings)
    : ClubEvent, ICashMovement
{
    string ICashMovement.Kind => "release";
}

public sealed record FundsReturned(
    string Key, string InvestmentId, Money Amount, DateOnly On, IReadOnlyList<LedgerLine> Postings)
    : ClubEvent, ICashMovement
{
    string ICashMovement.Kind => "return";
}

public sealed record StakeWrittenOff(
    string Key, string InvestmentId, Money Amount, DateOnly On, IReadOnlyList<LedgerLine> Postings)
    : ClubEvent, ICashMovement
{
    string ICashMovement.Kind => "write-off";
}

/// <summary>At dissolution the club's savings are paid out to its members, pro rata of their contributions.</summary>
/// <param name="Payouts">What each member received (account: the member id).</param>
public sealed record SavingsPaidOut(
    string Key, DateOnly On, IReadOnlyList<LedgerLine> Payouts, IReadOnlyList<LedgerLine> Postings)
    : ClubEvent, ICashMovement
{
    string ICashMovement.Kind => "liquidation";
}

/// <summary>
/// A departing member's share is bought: by the other members, the club paying what the member
/// is owed from its cash, or by a newcomer, who pays the member and takes over their savings.
/// Either way the member's savings account is closed and their share of the club goes to the
/// buyers (<see cref="SavingsShares"/>).
/// </summary>
/// <param name="Owed">What the member is owed on <see cref="On"/>, at the value the club's rules say.</param>
/// <param name="BuyerId">The newcomer who buys the share; empty when the other members do.</param>
/// <param name="Basis">The member's part of the contributions the shares are computed from, handed on to the buyers.</param>
public sealed record ShareSettled(
    string Key,
    string MemberId,
    DateOnly On,
    SettlementKind Settlement,
    ShareValue Value,
    Money Owed,
    string BuyerId,
    Money Basis,
    IReadOnlyList<LedgerLine> Postings)
    : ClubEvent, ICashMovement
{
    string ICashMovement.Kind => "settlement";
}
