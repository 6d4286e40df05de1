using System.Diagnostics.CodeAnalysis;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>
/// The club's side of an investment, as the Finance service asks for it: a saga whose steps
/// (reserve, then disburse or release) share one key, and returns and write-offs later. Each step
/// is idempotent by its key: the same step again changes nothing, the same key with another
/// request is refused.
/// </summary>
public static partial class ClubRules
{
    public static Decision<ClubEvent> Reserve(ClubState state, ReserveFunds command, DateOnly today)
    {
        if (Retried<FundsReserved>(state, "reservation", command.Key, out var first))
        {
            return (first.InvestmentId, first.EnterpriseId, first.Amount, first.On) == (command.InvestmentId, command.EnterpriseId, command.Amount, command.On)
                ? Decision<ClubEvent>.Accept()
                : KeyReused(command.Key, "reserved", first.Amount);
        }

        var refusal = First(
            () => MustExist(state),
            () => MustBeNamed("key", command.Key),
            () => MustBeNamed("investment_id", command.InvestmentId),
            () => MustBeNamed("enterprise_id", command.EnterpriseId),
            () => MustBePositive("amount_cents", command.Amount),
            () => MustBeDated(state, "on", command.On, today),
            () => MayInvestOn(state, command.On),
            () => VoteCarries(state, command.Vote, command.On),
            () => command.Amount > state.AvailableFunds
                ? Refusal.Precondition("amount_cents", "funds.available",
                    $"setting aside {command.Amount} would leave the available funds negative: {state.AvailableFunds} available")
                : null);
        return refusal is not null
            ? refusal
            : Decision<ClubEvent>.Accept(new FundsReserved(
                command.Key, command.InvestmentId, command.EnterpriseId, command.Amount, command.On, Ledger.Reservation(command.Amount)));
    }

    /// <summary>
    /// Investments may be recorded after the fact: what counts is the club's status that day, and
    /// the joint ownership binds — once its term has ended the club renews it (before the end) or
    /// moves to managing.
    /// </summary>
    private static Refusal? MayInvestOn(ClubState state, DateOnly on) =>
        state.StatusOn(on) != ClubStatus.Investing
            ? Refusal.Precondition(string.Empty, "club.investing", state.StatusOn(on) switch
            {
                ClubStatus.Forming => "a forming club does not invest yet",
                ClubStatus.Managing => "a managing club takes no new stake",
                _ => "a dissolved club takes no new stake",
            })
            : state.Term is { } term && term.ExpiredOn(on)
                ? Refusal.Precondition("on", "term.ended", $"the joint ownership ended on {Iso(term.End)}: after its term the club takes no new stake, it moves to managing")
                : null;

    /// <summary>
    /// Pays funds set aside to the enterprise: what remains of them, or one payment (never more
    /// than remains), each once per its key. The reservation stays pending until paid in full.
    /// </summary>
    public static Decision<ClubEvent> ConfirmDisbursement(ClubState state, ConfirmDisbursement command, DateOnly today)
    {
        var paymentKey = command.PaymentKeyOrKey;
        if (Retried<DisbursementConfirmed>(state, "disbursement", paymentKey, out var first))
        {
            return first.On == command.On && (command.Amount is null || command.Amount == first.Amount)
                ? Decision<ClubEvent>.Accept()
                : KeyReused(paymentKey, "disbursed", first.Amount);
        }

        var reservation = state.Reservations.GetValueOrDefault(command.Key);
        var refusal = Unsettled(state, reservation, command.Key, command.On, today)
            ?? (command.Amount is { } asked ? MustBePositive("amount_cents", asked) : null)
            ?? (command.Amount is { } part && part > reservation!.StillToPay
                ? Refusal.Precondition("amount_cents", "reservation.remaining",
                    $"paying {part} would exceed the {reservation.StillToPay} still set aside under '{command.Key}'")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        var amount = command.Amount ?? reservation!.StillToPay;
        return Decision<ClubEvent>.Accept(new DisbursementConfirmed(
            paymentKey, reservation!.InvestmentId, amount, command.On, Ledger.Disbursement(amount), paymentKey == command.Key ? string.Empty : command.Key));
    }

    /// <summary>Gives back what is still set aside: what was already paid stays a stake held.</summary>
    public static Decision<ClubEvent> ReleaseReservation(ClubState state, ReleaseReservation command, DateOnly today)
    {
        if (Retried<ReservationReleased>(state, "release", command.Key, out var first))
        {
            return first.On == command.On ? Decision<ClubEvent>.Accept() : KeyReused(command.Key, "released", first.Amount);
        }

        var reservation = state.Reservations.GetValueOrDefault(command.Key);
        var refusal = Unsettled(state, reservation, command.Key, command.On, today);
        return refusal is not null
            ? refusal
            : Decision<ClubEvent>.Accept(new ReservationReleased(
                command.Key, reservation!.StillToPay, command.On, command.Reason.Trim(), Ledger.Release(reservation.StillToPay)));
    }

    /// <summary>Funds set aside under a key may be paid or released: a pending reservation, on a day after it was made.</summary>
    private static Refusal? Unsettled(ClubState state, Reservation? reservation, string key, DateOnly on, DateOnly today) =>
        First(
            () => MustExist(state),
            () => MustBeDated(state, "on", on, today),
            () => PendingReservation(reservation, key),
            () => on < reservation!.On
                ? Refusal.Invalid("on", "funds.in_order", $"on {Iso(on)} is before the funds were set aside, on {Iso(reservation.On)}")
                : null);

    /// <summary>Money back from an investment goes first against the stake still held; beyond it, it is a gain.</summary>
    public static Decision<ClubEvent> RecordReturn(ClubState state, RecordReturn command, DateOnly today)
    {
        if (Retried<FundsReturned>(state, "return", command.Key, out var first))
        {
            return (first.InvestmentId, first.Amount, first.On) == (command.InvestmentId, command.Amount, command.On)
                ? Decision<ClubEvent>.Accept()
                : KeyReused(command.Key, "returned", first.Amount);
        }

        var refusal = First(
            () => MustExist(state),
            () => MustBeNamed("key", command.Key),
            () => MustBePositive("amount_cents", command.Amount),
            () => MustBeDated(state, "on", command.On, today),
            () => state.StakesHeld.ContainsKey(command.InvestmentId)
                ? null
                : Refusal.NotFound("investment_id", "investment.disbursed", $"the club paid nothing into investment '{command.InvestmentId}'"),
            () => state.Status is ClubStatus.Investing or ClubStatus.Managing
                ? null
                : Refusal.Precondition(string.Empty, "club.holds_stakes", $"{WithArticle(state.Status)} club holds no stake"));
        if (refusal is not null)
        {
            return refusal;
        }

        var principal = Money.Min(command.Amount, state.StakesHeld[command.InvestmentId]);
        return Decision<ClubEvent>.Accept(new FundsReturned(
            command.Key, command.InvestmentId, command.Amount, command.On, Ledger.Return(command.Amount, principal)));
    }

    public static Decision<ClubEvent> WriteOffStake(ClubState state, WriteOffStake command, DateOnly today)
    {
        if (Retried<StakeWrittenOff>(state, "write-off", command.Key, out var first))
        {
            return (first.InvestmentId, first.On) == (command.InvestmentId, command.On)
                ? Decision<ClubEvent>.Accept()
                : KeyReused(command.Key, "written off", first.Amount);
        }

        var held = state.StakesHeld.GetValueOrDefault(command.InvestmentId);
        var refusal = First(
            () => MustExist(state),
            () => MustBeNamed("key", command.Key),
            () => MustBeDated(state, "on", command.On, today),
            () => held.IsPositive
                ? null
                : Refusal.Precondition("investment_id", "investment.held", $"the club holds nothing of investment '{command.InvestmentId}' to write off"));
        return refusal is not null
            ? refusal
            : Decision<ClubEvent>.Accept(new StakeWrittenOff(command.Key, command.InvestmentId, held, command.On, Ledger.WriteOff(held)));
    }

    private static bool Retried<TMovement>(ClubState state, string kind, string key, [NotNullWhen(true)] out TMovement? first)
        where TMovement : class, ICashMovement
    {
        first = state.Outcomes.GetValueOrDefault(ClubState.OutcomeKey(kind, key)) as TMovement;
        return first is not null;
    }

    private static Refusal KeyReused(string key, string what, Money amount) =>
        Refusal.Conflict("key", "funds.key_reused", $"the key '{key}' already {what} {amount} with other details");

    private static Refusal? PendingReservation(Reservation? reservation, string key) => reservation switch
    {
        null => Refusal.NotFound("key", "reservation.exists", $"no funds were set aside under the key '{key}'"),
        { Status: ReservationStatus.Released } => Refusal.Precondition("key", "reservation.pending", $"the funds set aside under '{key}' were released"),
        { Status: ReservationStatus.Disbursed } => Refusal.Precondition("key", "reservation.pending", $"the funds set aside under '{key}' were disbursed"),
        _ => null,
    };
}
