using Cigales.Finance.Domain;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;
using Microsoft.Extensions.Options;

namespace Cigales.Finance.Grains;

/// <summary>
/// One club's investment, and the saga that moves its money between the club and the enterprise.
/// The grain only carries out what <see cref="InvestmentSaga"/> decides: each piece of work is
/// recorded first, then each step asked of the other grain and recorded once done. A lost race or
/// an unreachable grain is retried; a refusal is recorded and what was set aside is given back.
/// Whatever stops the grain on the way, its reminder — registered before any work is recorded,
/// removed when none is left — or the next call resumes the work where it stopped.
/// </summary>
public sealed class InvestmentGrain(
    IDocumentStore store, TimeProvider clock, IPendingWorkHooks hooks, IOptions<PendingWorkOptions> options, ILogger<InvestmentGrain> logger)
    : EventSourcedGrain<InvestmentState, InvestmentEvent>(store, logger), IInvestmentGrain, IRemindable
{
    private ResumeReminder? _reminder;

    private ResumeReminder Reminder => _reminder ??= new ResumeReminder(this, "resume-saga", options.Value, logger);

    private IEnterpriseGrain Enterprise => GrainFactory.GetGrain<IEnterpriseGrain>(State.Decision.EnterpriseId);

    private IClubFundsGrain ClubFunds => GrainFactory.GetGrain<IClubFundsGrain>(State.Decision.ClubId);

    public async Task<InvestmentSnapshot> RecordAsync(RecordInvestment command)
    {
        var known = State.Request is null ? await KnownPartiesAsync(command) : KnownParties.Both;
        await DoAsync(() => InvestmentRules.Request(State, StreamId, command, clock.GetUtcNow(), known));
        if (State.Abandonment is { } abandoned)
        {
            // A retry of an abandoned investment gets the refusal it got the first time.
            throw new RefusedException(abandoned.Refusal);
        }

        return State.ToSnapshot()!;
    }

    /// <summary>
    /// Asked before a new investment is recorded, so that one naming an unknown club or enterprise,
    /// or whose vote does not carry by the club's own rules, leaves nothing behind. The club checks
    /// the vote again when it sets the funds aside.
    /// </summary>
    private async Task<KnownParties> KnownPartiesAsync(RecordInvestment command)
    {
        var club = command.ClubId.Trim().Length == 0 || (await GrainFactory.GetGrain<IClubDirectory>(0).NamesAsync([command.ClubId])).ContainsKey(command.ClubId);
        if (club && command.ClubId.Trim().Length > 0)
        {
            await GrainFactory.GetGrain<IClubFundsGrain>(command.ClubId).CheckVoteAsync(VoteOf(command), command.DecidedOn);
        }

        var enterprise = command.EnterpriseId.Trim().Length == 0 || await GrainFactory.GetGrain<IEnterpriseGrain>(command.EnterpriseId).GetAsync() is not null;
        return new KnownParties(club, enterprise);
    }

    public Task<InvestmentSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());

    public Task<InvestmentSnapshot> DisburseAsync(DisburseInvestment command) => ChangeAsync(() => InvestmentRules.Disburse(State, command, clock.Today()), command.Key);

    public Task<InvestmentSnapshot> RecordRepaymentAsync(RecordRepayment command) => ChangeAsync(() => InvestmentRules.Repay(State, command, clock.Today()), command.Key);

    public Task<InvestmentSnapshot> ExitAsync(RecordRepayment command) => ChangeAsync(() => InvestmentRules.Exit(State, command, clock.Today()), command.Key);

    public Task<InvestmentSnapshot> WriteOffAsync(WriteOffInvestment command) => ChangeAsync(() => InvestmentRules.WriteOff(State, command, clock.Today()), command.Key);

    public Task<InvestmentSnapshot> CancelAsync(CancelInvestment command) => ChangeAsync(() => InvestmentRules.Cancel(State, command, clock.Today()), command.Key);

    public Task ReceiveReminder(string reminderName, TickStatus status) => Reminder.TickAsync(ContinueAsync);

    /// <summary>A movement asked under a key: its refusal by the club, recorded, is the caller's answer too.</summary>
    private async Task<InvestmentSnapshot> ChangeAsync(Func<Decision<InvestmentEvent>> decide, string key)
    {
        await DoAsync(decide);
        if (State.Movements.GetValueOrDefault(key) is MovementRefused refused)
        {
            throw new RefusedException(refused.Refusal);
        }

        return State.ToSnapshot()!;
    }

    /// <summary>Finishes what is pending, then decides on the command against the state it leaves, records it and carries it out.</summary>
    private async Task DoAsync(Func<Decision<InvestmentEvent>> decide)
    {
        await ContinueAsync();
        var decision = decide();
        if (decision is { IsRefused: false, Events.Count: > 0 })
        {
            // Before the work is recorded: should this activation die right after, the reminder brings it back.
            await Reminder.EnsureAsync();
        }

        await CommitAsync(decision);
        await ContinueAsync();
    }

    private async Task ContinueAsync()
    {
        while (InvestmentSaga.Next(State) is { } action)
        {
            if (action is RecordOutcome outcome)
            {
                await CommitAsync(Decision<InvestmentEvent>.Accept(outcome.Outcome));
                if (outcome.Outcome is PaymentMade paid)
                {
                    await MarkHolderFinancedAsync(paid.On);
                }

                continue;
            }

            var step = ((CallStep)action).Step;
            try
            {
                await PendingSteps.CarryOutAsync(
                    async () =>
                    {
                        await CarryOutAsync(step);
                        await hooks.AfterStepAsync(StreamId, step.ToString());
                    },
                    options.Value,
                    logger,
                    StreamId);
            }
            catch (RefusedException refused) when (refused.Kind != RefusalKind.Aborted)
            {
                var recorded = InvestmentSaga.Refused(State, step, refused.Refusal);
                if (recorded is null)
                {
                    logger.LogError("Investment {InvestmentId}: {Step} refused ({Rule}), which the saga cannot record; the work stays pending", StreamId, step, refused.Rule);
                    throw;
                }

                await CommitAsync(Decision<InvestmentEvent>.Accept(recorded));
                continue;
            }

            await CommitAsync(Decision<InvestmentEvent>.Accept(new SagaStepDone(step)));
        }

        await Reminder.ForgetAsync();
    }

    private Task CarryOutAsync(SagaStep step)
    {
        var decision = State.Decision;
        return (step, State.Work!.Intent) switch
        {
            (SagaStep.SetStakeAside, _) => Enterprise.AllocateAsync(new AllocateStake(StreamId, decision.ClubId, decision.Instrument, decision.Amount, decision.DecidedOn)),
            (SagaStep.SetFundsAside, _) => ClubFunds.ReserveAsync(new ReserveFunds(StreamId, StreamId, decision.EnterpriseId, decision.Amount, decision.DecidedOn, VoteOf(decision))),
            (SagaStep.PayFromClub, PaymentRequested asked) => ClubFunds.ConfirmDisbursementAsync(new ConfirmDisbursement(StreamId, asked.On, asked.Amount, PaymentKeyAtClub(asked.Key))),
            (SagaStep.HoldStake, PaymentRequested asked) => Enterprise.ConfirmAsync(StreamId, asked.On),
            (SagaStep.GiveStakeBack, var intent) => Enterprise.ReleaseAsync(StreamId, DayOf(intent)),
            (SagaStep.GiveFundsBack, var intent) => ClubFunds.ReleaseReservationAsync(new ReleaseReservation(StreamId, DayOf(intent), ReasonOf(intent))),
            (SagaStep.ReturnToClub, RepaymentRequested asked) => ClubFunds.RecordReturnAsync(new RecordReturn(asked.Key, StreamId, asked.Amount, asked.On)),
            (SagaStep.ReturnToClub, ExitRequested asked) => ClubFunds.RecordReturnAsync(new RecordReturn(asked.Key, StreamId, asked.Amount, asked.On)),
            (SagaStep.WriteOffAtClub, ExitRequested asked) => ClubFunds.WriteOffStakeAsync(new WriteOffStake(asked.Key, StreamId, asked.On)),
            (SagaStep.WriteOffAtClub, WriteOffRequested asked) => ClubFunds.WriteOffStakeAsync(new WriteOffStake(asked.Key, StreamId, asked.On)),
            var (other, intent) => throw new InvalidOperationException($"{other} is no step of {intent.GetType().Name}"),
        };
    }

    /// <summary>
    /// The payment's key at the club, whose keys are the club's own: the investment's id for the
    /// payment of all that remains (as a payment at once always was), the investment's id and the
    /// client's key for one payment among several.
    /// </summary>
    private string PaymentKeyAtClub(string key) => key == InvestmentState.DisbursementKey ? string.Empty : $"{StreamId}/{key}";

    private static ClubVote VoteOf(RecordInvestment decision) => new(decision.Vote.For, decision.Vote.Against, decision.Vote.Abstentions);

    private DateOnly DayOf(InvestmentEvent intent) => intent switch
    {
        CancellationRequested cancelled => cancelled.On,
        ExitRequested exit => exit.On,
        WriteOffRequested writtenOff => writtenOff.On,
        _ => State.Decision.DecidedOn,
    };

    private static string ReasonOf(InvestmentEvent intent) => intent switch
    {
        CancellationRequested cancelled => cancelled.Reason,
        InvestmentRefused refused => refused.Reason,
        _ => string.Empty,
    };

    /// <summary>The holder whose enterprise it is reaches "financed", if not further already; the investment does not depend on it.</summary>
    private async Task MarkHolderFinancedAsync(DateOnly on)
    {
        try
        {
            if (await Enterprise.GetAsync() is not { Details.HolderId: { Length: > 0 } holderId })
            {
                return;
            }

            var holder = GrainFactory.GetGrain<IProjectHolderGrain>(holderId);
            if (await holder.GetAsync() is { Stage: < PipelineStage.Financed })
            {
                await holder.AdvanceAsync(new AdvanceProjectHolder(PipelineStage.Financed, on, new Origin(OriginKind.Club, State.Decision.ClubId), [State.Decision.ClubId]));
            }
        }
        catch (Exception exception) when (exception is RefusedException || PendingSteps.IsPassing(exception))
        {
            logger.LogInformation("Investment {InvestmentId}: its holder was not marked financed: {Reason}", StreamId, exception.Message);
        }
    }
}
