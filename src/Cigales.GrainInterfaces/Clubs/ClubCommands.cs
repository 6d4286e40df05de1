namespace Cigales.GrainInterfaces.Clubs;

/// <param name="CreatedOn">The day the club was created; null for the day it is registered.</param>
/// <param name="RenewsClubId">The older club this one renews; empty when none.</param>
[GenerateSerializer, Immutable]
public sealed record RegisterClub(
    [property: Id(0)] string Name,
    [property: Id(1)] string Commune,
    [property: Id(2)] string Department,
    [property: Id(3)] string Territory,
    [property: Id(4)] DateOnly? CreatedOn = null,
    [property: Id(5)] string RenewsClubId = "");

/// <summary>Moves the club along its life cycle, dated and explained.</summary>
[GenerateSerializer, Immutable]
public sealed record ChangeClubStatus(
    [property: Id(0)] ClubStatus To,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] string Reason);

/// <summary>Renews the joint-ownership term for another period (once at most).</summary>
[GenerateSerializer, Immutable]
public sealed record RenewTerm([property: Id(0)] DateOnly On);

[GenerateSerializer, Immutable]
public sealed record JoinClub([property: Id(0)] string MemberId, [property: Id(1)] DateOnly On);

[GenerateSerializer, Immutable]
public sealed record LeaveClub([property: Id(0)] string MemberId, [property: Id(1)] DateOnly On);

[GenerateSerializer]
public enum OfficerRole
{
    Manager,
    Treasurer,
    Secretary,
}

[GenerateSerializer, Immutable]
public sealed record AssignOfficer(
    [property: Id(0)] OfficerRole Role,
    [property: Id(1)] string MemberId,
    [property: Id(2)] DateOnly On);

[GenerateSerializer, Immutable]
public sealed record RenewManagerMandate([property: Id(0)] DateOnly On);

/// <summary>A member's monthly pledge from a month on (replacing the pledge in force).</summary>
[GenerateSerializer, Immutable]
public sealed record SetPledge(
    [property: Id(0)] string MemberId,
    [property: Id(1)] long MonthlyCents,
    [property: Id(2)] YearMonth From);

/// <param name="Key">The client's idempotency key: one contribution per key.</param>
/// <param name="Month">The month the contribution is for.</param>
[GenerateSerializer, Immutable]
public sealed record RecordContribution(
    [property: Id(0)] string Key,
    [property: Id(1)] string MemberId,
    [property: Id(2)] YearMonth Month,
    [property: Id(3)] long AmountCents,
    [property: Id(4)] DateOnly PaidOn);

/// <summary>Names the one or two sponsors of an enterprise the club finances.</summary>
[GenerateSerializer, Immutable]
public sealed record NameSponsors(
    [property: Id(0)] string EnterpriseId,
    [property: Id(1)] IReadOnlyList<string> SponsorIds,
    [property: Id(2)] DateOnly On);

[GenerateSerializer, Immutable]
public sealed record NoteFollowUp(
    [property: Id(0)] string EnterpriseId,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] string AuthorId,
    [property: Id(3)] string Note);

/// <param name="Key">The investment saga's key; the later steps name the reservation by it.</param>
[GenerateSerializer, Immutable]
public sealed record ReserveFunds(
    [property: Id(0)] string Key,
    [property: Id(1)] string InvestmentId,
    [property: Id(2)] string EnterpriseId,
    [property: Id(3)] long AmountCents,
    [property: Id(4)] DateOnly On);

/// <param name="Key">The key the funds were reserved with.</param>
[GenerateSerializer, Immutable]
public sealed record ConfirmDisbursement([property: Id(0)] string Key, [property: Id(1)] DateOnly On);

/// <param name="Key">The key the funds were reserved with.</param>
[GenerateSerializer, Immutable]
public sealed record ReleaseReservation(
    [property: Id(0)] string Key,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] string Reason);

/// <param name="Key">The idempotency key of this return (one per repayment or exit).</param>
[GenerateSerializer, Immutable]
public sealed record RecordReturn(
    [property: Id(0)] string Key,
    [property: Id(1)] string InvestmentId,
    [property: Id(2)] long AmountCents,
    [property: Id(3)] DateOnly On);

[GenerateSerializer, Immutable]
public sealed record WriteOffStake(
    [property: Id(0)] string Key,
    [property: Id(1)] string InvestmentId,
    [property: Id(2)] DateOnly On);
