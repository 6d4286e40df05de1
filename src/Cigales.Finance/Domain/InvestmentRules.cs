using Cigales.GrainInterfaces.Finance;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>The rules of an investment's decision and life; the saga's steps are run by the grain.</summary>
public static class InvestmentRules
{
    public static Decision<InvestmentEvent> Request(InvestmentState state, string investmentId, RecordInvestment command, DateTimeOffset now)
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
            ?? (command.AmountCents <= 0 ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {command.AmountCents}") : null)
            ?? (command.DecidedOn > today ? Refusal.Invalid("decided_on", "date.not_future", $"decided_on {CalendarDate.ToIso(command.DecidedOn)} is in the future") : null)
            ?? (command.DisbursedOn is { } paid && (paid < command.DecidedOn || paid > today)
                ? Refusal.Invalid("disbursed_on", "investment.disbursed_after_decision", $"disbursed_on {CalendarDate.ToIso(paid)} must fall between the decision and today")
                : null)
            ?? VoteCarries(command.Vote);
        return refusal is not null
            ? refusal
            : Decision<InvestmentEvent>.Accept(new InvestmentRequested(investmentId, command, now));
    }

    /// <summary>A majority: more votes for than against (abstentions do not count). Unanimity: everyone who voted, for.</summary>
    public static Refusal? VoteCarries(Vote vote)
    {
        if (vote.For < 0 || vote.Against < 0 || vote.Abstentions < 0)
        {
            return Refusal.Invalid("vote", "vote.counts", "votes are counted from zero up");
        }

        var carries = vote.Rule == VoteRule.Majority
            ? vote.For > vote.Against
            : vote.For > 0 && vote.Against == 0 && vote.Abstentions == 0;
        return carries
            ? null
            : Refusal.Precondition("vote", "vote.carries",
                $"the vote does not carry by {(vote.Rule == VoteRule.Majority ? "majority" : "unanimity")}: {vote.For} for, {vote.Against} against, {vote.Abstentions} abstentions");
    }

    public static Decision<InvestmentEvent> Disburse(InvestmentState state, DateOnly on, DateOnly today)
    {
        var refusal = Exists(state)
            ?? (state.DisbursementOn is { } asked
                ? asked == on ? null : Refusal.Precondition("on", "investment.disbursement_asked", $"the disbursement was recorded for {CalendarDate.ToIso(asked)}")
                : null)
            ?? (state.Status is InvestmentStatus.Abandoned
                ? Refusal.Precondition(string.Empty, "investment.abandoned", $"the investment was abandoned: {state.AbandonedBecause}")
                : null)
            ?? (on > today || on < state.Decision.DecidedOn
                ? Refusal.Invalid("on", "investment.disbursed_after_decision", $"on {CalendarDate.ToIso(on)} must fall between the decision and today")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        return state.DisbursementOn is null
            ? Decision<InvestmentEvent>.Accept(new DisbursementRequested(on))
            : Decision<InvestmentEvent>.Accept();
    }

    /// <summary>Money paid back to the club. The grain asks the club to take it back before storing the event.</summary>
    public static Decision<InvestmentEvent> Repay(InvestmentState state, RecordRepayment command, DateOnly today) =>
        RecordedUnder(state, command.Key) switch
        {
            RepaymentRecorded first when (first.AmountCents, first.On) == (command.AmountCents, command.On) => Decision<InvestmentEvent>.Accept(),
            { } => KeyReused(command.Key),
            null => MayReturn(state, command, exit: false, today) is { } refusal
                ? refusal
                : Decision<InvestmentEvent>.Accept(new RepaymentRecorded(command.Key, command.AmountCents, command.On)),
        };

    /// <summary>The club leaves the enterprise with what it got back (possibly nothing).</summary>
    public static Decision<InvestmentEvent> Exit(InvestmentState state, RecordRepayment command, DateOnly today) =>
        RecordedUnder(state, command.Key) switch
        {
            InvestmentExited first when (first.AmountCents, first.On) == (command.AmountCents, command.On) => Decision<InvestmentEvent>.Accept(),
            { } => KeyReused(command.Key),
            null => MayReturn(state, command, exit: true, today) is { } refusal
                ? refusal
                : Decision<InvestmentEvent>.Accept(new InvestmentExited(command.Key, command.AmountCents, command.On)),
        };

    public static Decision<InvestmentEvent> WriteOff(InvestmentState state, WriteOffInvestment command, DateOnly today)
    {
        if (RecordedUnder(state, command.Key) is { } first)
        {
            return first is InvestmentWrittenOff writtenOff && writtenOff.On == command.On ? Decision<InvestmentEvent>.Accept() : KeyReused(command.Key);
        }

        var refusal = Exists(state)
            ?? (state.Status is InvestmentStatus.Disbursed or InvestmentStatus.PartlyRepaid
                ? null
                : Refusal.Precondition(string.Empty, "investment.held", $"only a stake still held is written off, not a {Name(state.Status)} one"))
            ?? Dated(state, command.On, today);
        return refusal is not null ? refusal : Decision<InvestmentEvent>.Accept(new InvestmentWrittenOff(command.Key, command.On));
    }

    private static Refusal? MayReturn(InvestmentState state, RecordRepayment command, bool exit, DateOnly today) =>
        Exists(state)
        ?? (state.Status is InvestmentStatus.Disbursed or InvestmentStatus.PartlyRepaid or InvestmentStatus.FullyRepaid
            ? null
            : Refusal.Precondition(string.Empty, "investment.disbursed", $"money comes back from a disbursed investment, not a {Name(state.Status)} one"))
        ?? (command.AmountCents < (exit ? 0 : 1)
            ? Refusal.Invalid("amount", exit ? "money.not_negative" : "money.positive", $"amount must be {(exit ? "zero or more" : "more than zero")} cents, not {command.AmountCents}")
            : null)
        ?? Dated(state, command.On, today);

    /// <summary>The movement first recorded under the key: repayments, exit and write-off share the keys' space.</summary>
    private static InvestmentEvent? RecordedUnder(InvestmentState state, string key) =>
        (InvestmentEvent?)state.Repayments.FirstOrDefault(repayment => repayment.Key == key)
        ?? state.Closing switch
        {
            InvestmentExited exited when exited.Key == key => exited,
            InvestmentWrittenOff writtenOff when writtenOff.Key == key => writtenOff,
            _ => null,
        };

    private static Refusal KeyReused(string key) =>
        Refusal.Conflict("request_id", "investment.key_reused", $"the key '{key}' already recorded another movement of this investment");

    private static bool Same(RecordInvestment a, RecordInvestment b) =>
        (a.ClubId, a.EnterpriseId, a.RoundId, a.AmountCents, a.Instrument, a.DecidedOn, a.Vote, a.DisbursedOn)
        == (b.ClubId, b.EnterpriseId, b.RoundId, b.AmountCents, b.Instrument, b.DecidedOn, b.Vote, b.DisbursedOn);

    private static Refusal? Exists(InvestmentState state) =>
        state.Exists ? null : Refusal.NotFound("investment_id", "investment.exists", "no investment has this id");

    private static Refusal? Dated(InvestmentState state, DateOnly on, DateOnly today) =>
        on > today || (state.DisbursedOn is { } paid && on < paid)
            ? Refusal.Invalid("on", "investment.after_disbursement", $"on {CalendarDate.ToIso(on)} must fall between the disbursement and today")
            : null;

    private static string Name(InvestmentStatus status) => status.ToString().ToLowerInvariant();
}
