using Cigales.Clubs.Domain;

namespace Cigales.Clubs.Grains;

/// <summary>
/// A club, keyed by its id: the single writer of the club's event stream (life cycle, members,
/// officers, savings and its cash ledger, sponsorships). Changes return the club's page as of
/// the day; dated commands take their effective date, which may not lie in the future.
/// </summary>
public interface IClubGrain : IGrainWithStringKey
{
    /// <summary>Registers the club; a retry with the same details answers the club as registered.</summary>
    Task<ClubSnapshot> RegisterAsync(RegisterClub command);

    /// <summary>The club, or null when no club has this id.</summary>
    Task<ClubSnapshot?> GetAsync();

    /// <summary>The club's page as of a date, or null when no club has this id.</summary>
    Task<ClubPage?> GetPageAsync(DateOnly asOf);

    Task<ClubPage> ChangeStatusAsync(ChangeClubStatus command);

    Task<ClubPage> RenewTermAsync(RenewTerm command);

    Task<ClubPage> JoinAsync(JoinClub command);

    /// <summary>A member leaves; their share is kept until the liquidation or bought (once per key).</summary>
    Task<ClubPage> LeaveAsync(LeaveClub command);

    /// <summary>Sets the club's internal rules (decision rule, quorum, departures below the minimum) from a date on.</summary>
    Task<ClubPage> SetInternalRulesAsync(SetInternalRules command);

    Task<ClubPage> AssignOfficerAsync(AssignOfficer command);

    Task<ClubPage> RenewManagerMandateAsync(RenewManagerMandate command);

    Task<ClubPage> SetPledgeAsync(SetPledge command);

    /// <summary>Records a contribution once per key: a retry answers the first receipt.</summary>
    Task<ContributionReceipt> RecordContributionAsync(RecordContribution command);

    Task<ClubPage> NameSponsorsAsync(NameSponsors command);

    Task<ClubPage> NoteFollowUpAsync(NoteFollowUp command);

    /// <summary>What each member owes as of a date, or null when no club has this id.</summary>
    Task<ArrearsReport?> GetArrearsAsync(DateOnly asOf);

    /// <summary>A member's statement for a year (as of 31 December, or today for the year under way).</summary>
    Task<MemberStatement> GetMemberStatementAsync(string memberId, int year);

    /// <summary>The cash ledger as of a date, or null when no club has this id.</summary>
    Task<LedgerReport?> GetLedgerAsync(DateOnly asOf);
}
