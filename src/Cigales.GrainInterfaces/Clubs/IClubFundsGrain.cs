using Cigales.SharedKernel;

namespace Cigales.GrainInterfaces.Clubs;

/// <summary>
/// What the Finance service may ask of a club's money, keyed by the club's id (the Clubs
/// service's club grain answers). Each movement is idempotent by its key: a retry answers the
/// first outcome, the same key with another request is refused. A movement that would make the
/// available funds negative, or that the club's status does not allow, is refused.
/// </summary>
public interface IClubFundsGrain : IGrainWithStringKey
{
    /// <summary>Sets funds aside for an investment the members voted by the club's rule (investing clubs, within the joint ownership's term).</summary>
    Task<FundsMovement> ReserveAsync(ReserveFunds command);

    /// <summary>
    /// Reserved funds were paid to the enterprise, all that remains or one payment of them: what is
    /// paid becomes a stake held; the reservation stays pending until it is paid in full.
    /// </summary>
    Task<FundsMovement> ConfirmDisbursementAsync(ConfirmDisbursement command);

    /// <summary>The investment did not happen, or not in full: what remains reserved, not yet paid, is available again.</summary>
    Task<FundsMovement> ReleaseReservationAsync(ReleaseReservation command);

    /// <summary>Money came back from an investment (repayment, exit): available again.</summary>
    Task<FundsMovement> RecordReturnAsync(RecordReturn command);

    /// <summary>What remains of a stake is lost (the enterprise failed): the stake is closed.</summary>
    Task<FundsMovement> WriteOffStakeAsync(WriteOffStake command);

    Task<Money> GetAvailableFundsAsync();

    /// <summary>
    /// Whether a vote carries by the club's own rules in force on the decision day (decision rule,
    /// quorum) with no more voters than the club's members that day; refused otherwise.
    /// </summary>
    Task CheckVoteAsync(ClubVote vote, DateOnly on);
}

/// <param name="Key">The investment saga's key; the later steps name the reservation by it.</param>
/// <param name="On">The day the club decided the investment.</param>
/// <param name="Vote">The members' vote that day: the club checks it against its own decision rule and quorum.</param>
public sealed record ReserveFunds(
    string Key,
    string InvestmentId,
    string EnterpriseId,
    Money Amount,
    DateOnly On,
    ClubVote Vote);

/// <summary>The members' votes on an investment, as the club's meeting counted them.</summary>
public sealed record ClubVote(int For, int Against, int Abstentions)
{
    public int Voters => For + Against + Abstentions;
}

/// <param name="Key">The key the funds were reserved with.</param>
/// <param name="Amount">What is paid; null for all that remains set aside.</param>
/// <param name="PaymentKey">The idempotency key of this payment; empty when the reservation is paid at once (its own key is the payment's).</param>
public sealed record ConfirmDisbursement(string Key, DateOnly On, Money? Amount = null, string PaymentKey = "")
{
    public string PaymentKeyOrKey => PaymentKey.Length > 0 ? PaymentKey : Key;
}

/// <param name="Key">The key the funds were reserved with.</param>
public sealed record ReleaseReservation(
    string Key,
    DateOnly On,
    string Reason);

/// <param name="Key">The idempotency key of this return (one per repayment or exit).</param>
public sealed record RecordReturn(
    string Key,
    string InvestmentId,
    Money Amount,
    DateOnly On);

public sealed record WriteOffStake(
    string Key,
    string InvestmentId,
    DateOnly On);

public enum FundsMovementKind
{
    Reserved,
    Disbursed,
    Released,
    Returned,
    WrittenOff,
}

public sealed record FundsMovement(
    FundsMovementKind Kind,
    string Key,
    string InvestmentId,
    Money Amount,
    DateOnly On,
    Money AvailableFundsAfter);
