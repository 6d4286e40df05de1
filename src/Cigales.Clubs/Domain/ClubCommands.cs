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
    string RenewsClubId = "");

/// <summary>Moves the club along its life cycle, dated and explained.</summary>
public sealed record ChangeClubStatus(
    ClubStatus To,
    DateOnly On,
    string Reason);

/// <summary>Renews the joint-ownership term for another period (once at most).</summary>
public sealed record RenewTerm(DateOnly On);

public sealed record JoinClub(string MemberId, DateOnly On);

public sealed record LeaveClub(string MemberId, DateOnly On);

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
