using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>What the saga asks of another grain: each is idempotent by the investment's id or the movement's key.</summary>
public enum SagaStep
{
    /// <summary>The enterprise sets the club's stake aside (its limits are checked).</summary>
    SetStakeAside,

    /// <summary>The club sets the funds aside (only an investing club, never beyond its cash).</summary>
    SetFundsAside,

    /// <summary>The club pays funds set aside (one payment, or all that remains): they become a stake held.</summary>
    PayFromClub,

    /// <summary>The enterprise counts the stake as held.</summary>
    HoldStake,

    /// <summary>The enterprise no longer counts the stake.</summary>
    GiveStakeBack,

    /// <summary>The club's funds set aside are available again.</summary>
    GiveFundsBack,

    /// <summary>The club takes money back from the investment (repayment, exit).</summary>
    ReturnToClub,

    /// <summary>The club closes what remains of its stake as a loss.</summary>
    WriteOffAtClub,
}

/// <summary>What the grain does next: ask another grain for a step, or record how the work ended.</summary>
public abstract record SagaAction;

public sealed record CallStep(SagaStep Step) : SagaAction;

public sealed record RecordOutcome(InvestmentEvent Outcome) : SagaAction;

/// <summary>
/// Work the investment has recorded that it must still carry out in other grains, started by the
/// event that asked for it (<see cref="Intent"/>), with the steps done so far.
/// </summary>
public sealed record PendingWork(InvestmentEvent Intent, ImmutableHashSet<SagaStep> Done)
{
    public static PendingWork For(InvestmentEvent intent) => new(intent, []);
}

/// <summary>
/// The saga that moves money between an investment, its enterprise and its club, as a pure state
/// machine: from the investment's state, the next step to carry out; from a refusal, what to
/// record. The grain only carries steps out and records what this says — so that every path, a
/// crash after any step included, is decided here and tested without a silo. Intent first: every
/// piece of work is recorded before any other grain is asked, and each step once done, so that a
/// retry or the grain's reminder resumes it from where it stopped, and the other grains see each
/// step once (they are idempotent by its key).
/// </summary>
public static class InvestmentSaga
{
    /// <summary>The next thing to do; null when the investment has no work pending.</summary>
    public static SagaAction? Next(InvestmentState state) => state.Work switch
    {
        null => null,
        { Intent: InvestmentRequested } work => Next(work, [SagaStep.SetStakeAside, SagaStep.SetFundsAside], new InvestmentCommitted(state.Decision.DecidedOn)),
        { Intent: PaymentRequested asked } work => Next(work, [SagaStep.PayFromClub, SagaStep.HoldStake], new PaymentMade(asked.Key, asked.Amount, asked.On)),
        { Intent: InvestmentRefused refused } work => Next(work, [SagaStep.GiveStakeBack, SagaStep.GiveFundsBack],
            new InvestmentAbandoned(refused.Kind, refused.Field, refused.Rule, refused.Reason)),
        { Intent: CancellationRequested asked } work => Next(work, [SagaStep.GiveStakeBack, SagaStep.GiveFundsBack], new InvestmentCancelled(asked.Key, asked.On, asked.Reason)),
        { Intent: RepaymentRequested asked } work => Next(work, [SagaStep.ReturnToClub], new RepaymentRecorded(asked.Key, asked.Amount, asked.On)),
        { Intent: ExitRequested asked } work => Next(work, ExitSteps(state, asked), new InvestmentExited(asked.Key, asked.Amount, asked.On)),
        { Intent: WriteOffRequested asked } work => Next(work, [SagaStep.WriteOffAtClub, SagaStep.GiveStakeBack], new InvestmentWrittenOff(asked.Key, asked.On)),
        { Intent: var intent } => throw new InvalidOperationException($"{intent.GetType().Name} starts no work"),
    };

    /// <summary>
    /// What to record when the other grain refused a step for good (a refusal that is no lost race);
    /// null when the refusal breaks what the saga relies on, so that the work stays pending and is
    /// looked at rather than recorded wrongly.
    /// </summary>
    public static InvestmentEvent? Refused(InvestmentState state, SagaStep step, Refusal refusal) => (state.Work?.Intent, step) switch
    {
        // Nothing was set aside in the club (its refusal came first): nothing to give back.
        (InvestmentRefused or CancellationRequested, SagaStep.GiveFundsBack) when refusal.Rule == "reservation.exists" => new SagaStepDone(step),
        (InvestmentRequested, _) => new InvestmentRefused(refusal.Kind, refusal.Field, refusal.Rule, refusal.Message),
        // Only the first step of a movement can be refused: a later one would leave half of it moved.
        (RepaymentRequested asked, SagaStep.ReturnToClub) => MovementRefusedOf(asked.Key, refusal),
        (ExitRequested asked, _) when state.Work!.Done.IsEmpty => MovementRefusedOf(asked.Key, refusal),
        (WriteOffRequested asked, SagaStep.WriteOffAtClub) => MovementRefusedOf(asked.Key, refusal),
        (PaymentRequested asked, SagaStep.PayFromClub) => MovementRefusedOf(asked.Key, refusal),
        _ => null,
    };

    private static SagaAction Next(PendingWork work, IReadOnlyList<SagaStep> steps, InvestmentEvent outcome) =>
        steps.Where(step => !work.Done.Contains(step)).Select(step => (SagaAction)new CallStep(step)).FirstOrDefault() ?? new RecordOutcome(outcome);

    /// <summary>Back to the club what came back, then off its books what did not, then off the enterprise's.</summary>
    private static IReadOnlyList<SagaStep> ExitSteps(InvestmentState state, ExitRequested exit)
    {
        var steps = new List<SagaStep>();
        if (exit.Amount.IsPositive)
        {
            steps.Add(SagaStep.ReturnToClub);
        }

        if (exit.Amount < state.Disbursed - state.Repaid)
        {
            steps.Add(SagaStep.WriteOffAtClub);
        }

        steps.Add(SagaStep.GiveStakeBack);
        return steps;
    }

    private static MovementRefused MovementRefusedOf(string key, Refusal refusal) => new(key, refusal.Kind, refusal.Field, refusal.Rule, refusal.Message);
}
