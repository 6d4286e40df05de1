using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>The rules of an investment's decision and life: what may be asked, recorded as intents that <see cref="InvestmentSaga"/> carries out.</summary>
public static class InvestmentRules
{
    /// <param name="known">Whether the club and the enterprise it names exist: a request naming
    /// an unknown one is refused before anything is recorded or set aside.</param>
    public static Decision<InvestmentEvent> Request(InvestmentState state, string investmentId, RecordInvestment command, DateTimeOffset now, KnownParties known)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (state.Request is { } existing)
        {
            // A retry of the same decision resumes the saga where it stopped; another one is refused.
            return Same(existing.Decision, command)
                ? Decision<InvestmentEvent>.Accept()
                : Refusal.Conflict("request_id", "investment.request_reused", "request_id already recorded another investment");
        }

        var refusal = (command.ClubId.Trim().Length == 0 ? Refusal.Invalid("club_id", "investment.club_required", "club_id must not be blank") : null)
            ?? (command.EnterpriseId.Trim().Length == 0 ? Refusal.Invalid("enterprise_id", "investment.enterprise_required", "enterprise_id must not be blank") : null)
            ?? (known.Club ? null : Unknown.Club(command.ClubId))
            ?? (known.Enterprise ? null : Unknown.Enterprise(command.EnterpriseId))
            ?? (!command.Amount.IsPositive ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {command.Amount.Cents}") : null)
            ?? (command.DecidedOn > today ? Refusal.Invalid("decided_on", "date.not_future", $"decided_on {CalendarDate.ToIso(command.DecidedOn)} is in the future") : null)
            ?? (command.DisbursedOn is { } paid && (paid < command.DecidedOn || paid > today)
                ? Refusal.Invalid("disbursed_on", "investment.disbursed_after_decision", $"disbursed_on {CalendarDate.ToIso(paid)} must fall between the decision and today")
                : null);
        return refusal is not null
            ? refusal
            : Decision<InvestmentEvent>.Accept(new InvestmentRequested(investmentId, command, now));
    }

    /// <summary>
    /// A payment of the committed funds to the enterprise: an amount, or all that remains when none
    /// is given; never more in total than was committed. Once per key: the same payment again
    /// answers the same, the key with other details is refused.
    /// </summary>
    public static Decision<InvestmentEvent> Disburse(InvestmentState state, DisburseInvestment command, DateOnly today)
    {
        switch (RecordedUnder(state, command.Key))
        {
            case PaymentRequested or PaymentMade when SamePayment(state.Movements[command.Key], command):
                return Decision<InvestmentEvent>.Accept();
            case MovementRefused refused:
                return refused.Refusal;
            case PaymentRequested or PaymentMade when command.Key == InvestmentState.DisbursementKey:
                return Refusal.Precondition("on", "investment.disbursement_asked", $"the payment of all that remained was recorded for {CalendarDate.ToIso(OnOf(state.Movements[command.Key]))}");
            case { }:
                return KeyReused(command.Key);
        }

        var refusal = Exists(state)
            ?? (state.Status is InvestmentStatus.Abandoned or InvestmentStatus.Cancelled
                ? Refusal.Precondition(string.Empty, "investment.abandoned", $"the investment was {Name(state.Status)}: {state.AbandonedBecause}")
                : null)
            ?? (state.Closing is not null
                ? Refusal.Precondition(string.Empty, "investment.closed", $"the investment is {Name(state.Status)}: nothing more is paid into it")
                : null)
            ?? (command.Amount is { IsPositive: false } asked
                ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {asked.Cents}")
                : null)
            ?? (!state.StillToDisburse.IsPositive
                ? Refusal.Precondition(string.Empty, "investment.fully_disbursed", $"the {state.Decision.Amount} committed were paid in full")
                : null)
            ?? (command.Amount is { } part && part > state.StillToDisburse
                ? Refusal.Precondition("amount", "disbursement.within_commitment",
                    $"paying {part} would take the payments beyond the {state.Decision.Amount} committed: {state.StillToDisburse} still to disburse")
                : null)
            ?? (command.On > today || command.On < state.Decision.DecidedOn
                ? Refusal.Invalid("on", "investment.disbursed_after_decision", $"on {CalendarDate.ToIso(command.On)} must fall between the decision and today")
                : null);
        return refusal is not null
            ? refusal
            : Decision<InvestmentEvent>.Accept(new PaymentRequested(command.Key, command.Amount ?? state.StillToDisburse, command.On));
    }

    /// <summary>Money paid back to the club: recorded as asked, then the grain has the club take it back (<see cref="InvestmentSaga"/>).</summary>
    public static Decision<InvestmentEvent> Repay(InvestmentState state, RecordRepayment command, DateOnly today) =>
        RecordedUnder(state, command.Key) switch
        {
            RepaymentRequested or RepaymentRecorded when Same(state.Movements[command.Key], command) => Decision<InvestmentEvent>.Accept(),
            MovementRefused refused => refused.Refusal,
            { } => KeyReused(command.Key),
            null => MayReturn(state, command, exit: false, today) is { } refusal
                ? refusal
                : Decision<InvestmentEvent>.Accept(new RepaymentRequested(command.Key, command.Amount, command.On)),
        };

    /// <summary>The club leaves the enterprise with what it got back (possibly nothing).</summary>
    public static Decision<InvestmentEvent> Exit(InvestmentState state, RecordRepayment command, DateOnly today) =>
        RecordedUnder(state, command.Key) switch
        {
            ExitRequested or InvestmentExited when Same(state.Movements[command.Key], command) => Decision<InvestmentEvent>.Accept(),
            MovementRefused refused => refused.Refusal,
            { } => KeyReused(command.Key),
            null => MayReturn(state, command, exit: true, today) is { } refusal
                ? refusal
                : Decision<InvestmentEvent>.Accept(new ExitRequested(command.Key, command.Amount, command.On)),
        };

    public static Decision<InvestmentEvent> WriteOff(InvestmentState state, WriteOffInvestment command, DateOnly today)
    {
        switch (RecordedUnder(state, command.Key))
        {
            case WriteOffRequested asked when asked.On == command.On:
            case InvestmentWrittenOff done when done.On == command.On:
                return Decision<InvestmentEvent>.Accept();
            case MovementRefused refused:
                return refused.Refusal;
            case { }:
                return KeyReused(command.Key);
        }

        var refusal = Exists(state)
            ?? (state.Status is InvestmentStatus.Disbursed or InvestmentStatus.PartlyRepaid && !state.StillToDisburse.IsPositive
                ? null
                : Refusal.Precondition(string.Empty, "investment.held", $"only a stake paid in full and still held is written off, not a {Name(state.Status)} one"))
            ?? Dated(state, command.On, today);
        return refusal is not null ? refusal : Decision<InvestmentEvent>.Accept(new WriteOffRequested(command.Key, command.On));
    }

    /// <summary>
    /// A committed investment that will not be paid is called off, with its reason: the stake and
    /// the club's funds set aside are given back. Once: the same key again answers the same.
    /// </summary>
    public static Decision<InvestmentEvent> Cancel(InvestmentState state, CancelInvestment command, DateOnly today)
    {
        switch (RecordedUnder(state, command.Key))
        {
            case CancellationRequested asked when (asked.On, asked.Reason) == (command.On, command.Reason.Trim()):
            case InvestmentCancelled done when (done.On, done.Reason) == (command.On, command.Reason.Trim()):
                return Decision<InvestmentEvent>.Accept();
            case { }:
                return KeyReused(command.Key);
        }

        var refusal = Exists(state)
            ?? (state.Status == InvestmentStatus.Committed && !state.PaymentPending
                ? null
                : Refusal.Precondition(string.Empty, "investment.committed",
                    state.Status == InvestmentStatus.Committed
                        ? "the investment's payment was asked for: it cannot be cancelled"
                        : $"only a committed investment not yet paid is cancelled, not a {Name(state.Status)} one"))
            ?? (command.Reason.Trim().Length == 0 ? Refusal.Invalid("reason", "cancellation.reason", "a cancellation says why") : null)
            ?? (command.On > today || command.On < state.Decision.DecidedOn
                ? Refusal.Invalid("on", "cancellation.after_decision", $"on {CalendarDate.ToIso(command.On)} must fall between the decision and today")
                : null);
        return refusal is not null
            ? refusal
            : Decision<InvestmentEvent>.Accept(new CancellationRequested(command.Key, command.On, command.Reason.Trim()));
    }

    /// <summary>Repayments come back from what was paid, in part or in full; an exit only once everything committed was paid.</summary>
    private static Refusal? MayReturn(InvestmentState state, RecordRepayment command, bool exit, DateOnly today) =>
        Exists(state)
        ?? (state.Status is InvestmentStatus.PartlyDisbursed or InvestmentStatus.Disbursed or InvestmentStatus.PartlyRepaid or InvestmentStatus.FullyRepaid
            ? null
            : Refusal.Precondition(string.Empty, "investment.disbursed", $"money comes back from a disbursed investment, not a {Name(state.Status)} one"))
        ?? (exit && state.StillToDisburse.IsPositive
            ? Refusal.Precondition(string.Empty, "investment.still_to_disburse", $"{state.StillToDisburse} committed are still to disburse: pay them before the club leaves")
            : null)
        ?? ((exit ? command.Amount.IsNegative : !command.Amount.IsPositive)
            ? Refusal.Invalid("amount", exit ? "money.not_negative" : "money.positive", $"amount must be {(exit ? "zero or more" : "more than zero")} cents, not {command.Amount.Cents}")
            : null)
        ?? Dated(state, command.On, today);

    /// <summary>What was first recorded under the key: repayments, exit, write-off and cancellation share the keys' space.</summary>
    private static InvestmentEvent? RecordedUnder(InvestmentState state, string key) => state.Movements.GetValueOrDefault(key);

    private static bool Same(InvestmentEvent first, RecordRepayment command) => first switch
    {
        RepaymentRequested asked => (asked.Amount, asked.On) == (command.Amount, command.On),
        RepaymentRecorded done => (done.Amount, done.On) == (command.Amount, command.On),
        ExitRequested asked => (asked.Amount, asked.On) == (command.Amount, command.On),
        InvestmentExited done => (done.Amount, done.On) == (command.Amount, command.On),
        _ => false,
    };

    private static bool SamePayment(InvestmentEvent first, DisburseInvestment command) => first switch
    {
        PaymentRequested asked => asked.On == command.On && (command.Amount is null || command.Amount == asked.Amount),
        PaymentMade paid => paid.On == command.On && (command.Amount is null || command.Amount == paid.Amount),
        _ => false,
    };

    private static DateOnly OnOf(InvestmentEvent payment) => payment is PaymentMade paid ? paid.On : ((PaymentRequested)payment).On;

    private static Refusal KeyReused(string key) =>
        Refusal.Conflict("request_id", "investment.key_reused", $"the key '{key}' already recorded another movement of this investment");

    private static bool Same(RecordInvestment a, RecordInvestment b) =>
        (a.ClubId, a.EnterpriseId, a.RoundId, a.Amount, a.Instrument, a.DecidedOn, a.Vote, a.DisbursedOn)
        == (b.ClubId, b.EnterpriseId, b.RoundId, b.Amount, b.Instrument, b.DecidedOn, b.Vote, b.DisbursedOn);

    private static Refusal? Exists(InvestmentState state) =>
        state.Exists ? null : Unknown.Investment();

    private static Refusal? Dated(InvestmentState state, DateOnly on, DateOnly today) =>
        on > today || (state.FirstPaidOn is { } paid && on < paid)
            ? Refusal.Invalid("on", "investment.after_disbursement", $"on {CalendarDate.ToIso(on)} must fall between the first payment and today")
            : null;

    private static string Name(InvestmentStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>Whether the club and the enterprise an investment names exist, as their services answer.</summary>
public sealed record KnownParties(bool Club, bool Enterprise)
{
    public static readonly KnownParties Both = new(true, true);
}
