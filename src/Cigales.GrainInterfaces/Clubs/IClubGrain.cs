namespace Cigales.GrainInterfaces.Clubs;

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

    Task<ClubPage> LeaveAsync(LeaveClub command);

    Task<ClubPage> AssignOfficerAsync(AssignOfficer command);

    Task<ClubPage> RenewManagerMandateAsync(RenewManagerMandate command);

    Task<ClubPage> SetPledgeAsync(SetPledge command);

    /// <summary>Records a contribution once per key: a retry answers the first receipt.</summary>
    Task<ContributionReceipt> RecordContributionAsync(RecordContribution command);

    Task<ClubPage> NameSponsorsAsync(NameSponsors command);

    Task<ClubPage> NoteFollowUpAsync(NoteFollowUp command);

    /// <summary>What each member owes as of a date, or null when no club has this id.</summary>
    Task<ArrearsReport?> GetArrearsAsync(DateOnly asOf);

    /// <summary>The cash ledger as of a date, or null when no club has this id.</summary>
    Task<LedgerReport?> GetLedgerAsync(DateOnly asOf);
}

/// <summary>
/// What the Finance service may ask of a club's money, keyed by the club's id (the same grain as
/// <see cref="IClubGrain"/>). Each movement is idempotent by its key: a retry answers the first
/// outcome, the same key with another request is refused. A movement that would make the
/// available funds negative, or that the club's status does not allow, is refused.
/// </summary>
public interface IClubFundsGrain : IGrainWithStringKey
{
    /// <summary>Sets funds aside for an investment (investing clubs only).</summary>
    Task<FundsMovement> ReserveAsync(ReserveFunds command);

    /// <summary>The reserved funds were paid to the enterprise: they become a stake held.</summary>
    Task<FundsMovement> ConfirmDisbursementAsync(ConfirmDisbursement command);

    /// <summary>The investment did not happen: the reserved funds are available again.</summary>
    Task<FundsMovement> ReleaseReservationAsync(ReleaseReservation command);

    /// <summary>Money came back from an investment (repayment, exit): available again.</summary>
    Task<FundsMovement> RecordReturnAsync(RecordReturn command);

    /// <summary>What remains of a stake is lost (the enterprise failed): the stake is closed.</summary>
    Task<FundsMovement> WriteOffStakeAsync(WriteOffStake command);

    Task<long> GetAvailableFundsAsync();
}
