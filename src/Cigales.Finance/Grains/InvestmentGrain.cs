using Cigales.Finance.Domain;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.GrainInterfaces.Finance;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.Finance.Grains;

/// <summary>
/// One club's investment, and the saga that takes its cash from the club. The decision is stored
/// first; then the stake is set aside in the enterprise and the funds in the club, then paid —
/// each step idempotent by the investment's id, each outcome stored before the next. A failure
/// anywhere leaves the saga where it stopped: a retry with the same key, or the reminder, resumes
/// it, ending with one investment and one disbursement. A refusal on the way gives back what was
/// set aside and ends with neither.
/// </summary>
public sealed class InvestmentGrain(
    IDocumentStore store, TimeProvider clock, IInvestmentSagaHooks hooks, ILogger<InvestmentGrain> logger)
    : EventSourcedGrain<InvestmentState, InvestmentEvent>(store, logger), IInvestmentGrain, IRemindable
{
    private const string SagaReminder = "resume-saga";

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private IEnterpriseGrain Enterprise => GrainFactory.GetGrain<IEnterpriseGrain>(State.Decision.EnterpriseId);

    private IClubFundsGrain ClubFunds => GrainFactory.GetGrain<IClubFundsGrain>(State.Decision.ClubId);

    public async Task<InvestmentSnapshot> RecordAsync(RecordInvestment command)
    {
        await CommitAsync(InvestmentRules.Request(State, StreamId, command, clock.GetUtcNow()));
        if (State.Abandonment is { } abandoned)
        {
            // A retry of an abandoned investment gets the refusal it got the first time.
            throw new RefusedException(abandoned.Refusal);
        }

        await ContinueSagaAsync();
        return State.ToSnapshot()!;
    }

    public Task<InvestmentSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());

    public async Task<InvestmentSnapshot> DisburseAsync(DateOnly on)
    {
        await CommitAsync(InvestmentRules.Disburse(State, on, Today));
        await ContinueSagaAsync();
        return State.ToSnapshot()!;
    }

    public async Task<InvestmentSnapshot> RecordRepaymentAsync(RecordRepayment command)
    {
        var decision = InvestmentRules.Repay(State, command, Today);
        if (decision is { IsRefused: false, Events.Count: > 0 })
        {
            await ClubFunds.RecordReturnAsync(new RecordReturn(command.Key, StreamId, command.AmountCents, command.On));
        }

        await CommitAsync(decision);
        return State.ToSnapshot()!;
    }

    public async Task<InvestmentSnapshot> ExitAsync(RecordRepayment command)
    {
        var decision = InvestmentRules.Exit(State, command, Today);
        if (decision is { IsRefused: false, Events.Count: > 0 })
        {
            if (command.AmountCents > 0)
            {
                await ClubFunds.RecordReturnAsync(new RecordReturn(command.Key, StreamId, command.AmountCents, command.On));
            }

            // What the club got back beyond its stake was a gain; what it did not, a loss.
            if (command.AmountCents < State.Decision.AmountCents - State.RepaidCents)
            {
                await ClubFunds.WriteOffStakeAsync(new WriteOffStake(command.Key, StreamId, command.On));
            }

            await Enterprise.ReleaseAsync(StreamId, command.On);
        }

        await CommitAsync(decision);
        return State.ToSnapshot()!;
    }

    public async Task<InvestmentSnapshot> WriteOffAsync(WriteOffInvestment command)
    {
        var decision = InvestmentRules.WriteOff(State, command, Today);
        if (decision is { IsRefused: false, Events.Count: > 0 })
        {
            await ClubFunds.WriteOffStakeAsync(new WriteOffStake(command.Key, StreamId, command.On));
            await Enterprise.ReleaseAsync(StreamId, command.On);
        }

        await CommitAsync(decision);
        return State.ToSnapshot()!;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        try
        {
            await ContinueSagaAsync();
        }
        catch (RefusedException)
        {
            // Recorded as abandoned: there is nobody to tell but the stream.
        }
    }

    private async Task ContinueSagaAsync()
    {
        if (!State.SagaPending)
        {
            return;
        }

        // Should this activation die on the way, the reminder brings the saga back.
        await this.RegisterOrUpdateReminder(SagaReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        var decision = State.Decision;
        if (State.Status == InvestmentStatus.Requested)
        {
            try
            {
                await Enterprise.AllocateAsync(new AllocateStake(StreamId, decision.ClubId, decision.Instrument, decision.AmountCents, decision.DecidedOn));
                await ClubFunds.ReserveAsync(new ReserveFunds(StreamId, StreamId, decision.EnterpriseId, decision.AmountCents, decision.DecidedOn));
            }
            catch (RefusedException refused)
            {
                await Enterprise.ReleaseAsync(StreamId, decision.DecidedOn);
                var refusal = refused.Refusal;
                await CommitAsync(Decision<InvestmentEvent>.Accept(new InvestmentAbandoned(refusal.Kind, refusal.Field, refusal.Rule, refusal.Message)));
                await ForgetReminderAsync();
                throw;
            }

            await hooks.AfterFundsReservedAsync(StreamId);
            await CommitAsync(Decision<InvestmentEvent>.Accept(new InvestmentCommitted(decision.DecidedOn)));
        }

        if (State is { Status: InvestmentStatus.Committed, DisbursementOn: { } on })
        {
            await ClubFunds.ConfirmDisbursementAsync(new ConfirmDisbursement(StreamId, on));
            await Enterprise.ConfirmAsync(StreamId, on);
            await CommitAsync(Decision<InvestmentEvent>.Accept(new InvestmentDisbursed(on)));
            await MarkHolderFinancedAsync(on);
        }

        await ForgetReminderAsync();
    }

    /// <summary>The holder whose enterprise it is reaches "financed", if not further already; the investment does not depend on it.</summary>
    private async Task MarkHolderFinancedAsync(DateOnly on)
    {
        if (await Enterprise.GetAsync() is not { Details.HolderId: { Length: > 0 } holderId })
        {
            return;
        }

        var holder = GrainFactory.GetGrain<IProjectHolderGrain>(holderId);
        if (await holder.GetAsync() is { Stage: < PipelineStage.Financed })
        {
            try
            {
                await holder.AdvanceAsync(new AdvanceProjectHolder(PipelineStage.Financed, on, new Origin(OriginKind.Club, State.Decision.ClubId), [State.Decision.ClubId]));
            }
            catch (RefusedException refused)
            {
                logger.LogInformation("Holder {HolderId} not marked financed: {Reason}", holderId, refused.Message);
            }
        }
    }

    private async Task ForgetReminderAsync()
    {
        if (await this.GetReminder(SagaReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
