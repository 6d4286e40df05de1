using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

public sealed record InvestmentState : IEventSourced<InvestmentState, InvestmentEvent>
{
    /// <summary>The key a refused disbursement is recorded under (a disbursement has no key of its own: there is one).</summary>
    public const string DisbursementKey = "disbursement";

    public static InvestmentState Initial { get; } = new();

    public InvestmentRequested? Request { get; init; }

    public InvestmentStatus Status { get; init; } = InvestmentStatus.Requested;

    public DateOnly? CommittedOn { get; init; }

    /// <summary>The day the money is to be (or was) paid, once asked for.</summary>
    public DateOnly? DisbursementOn { get; init; }

    public DateOnly? DisbursedOn { get; init; }

    public ImmutableList<RepaymentRecorded> Repayments { get; init; } = [];

    /// <summary>How the investment ended: exited, written off or cancelled.</summary>
    public InvestmentEvent? Closing { get; init; }

    public InvestmentAbandoned? Abandonment { get; init; }

    /// <summary>The work recorded but not yet carried out in the other grains (<see cref="InvestmentSaga"/>).</summary>
    public PendingWork? Work { get; init; }

    /// <summary>What was first recorded under each key of a movement: asked, done or refused.</summary>
    public ImmutableDictionary<string, InvestmentEvent> Movements { get; init; } = ImmutableDictionary<string, InvestmentEvent>.Empty;

    public string AbandonedBecause => Abandonment?.Reason ?? (Closing as InvestmentCancelled)?.Reason ?? string.Empty;

    public bool Exists => Request is not null;

    public RecordInvestment Decision => Request!.Decision;

    /// <summary>Everything paid back, exits included.</summary>
    public Money Repaid => Repayments.Sum(repayment => repayment.Amount) + (Closing is InvestmentExited exited ? exited.Amount : Money.Zero);

    /// <summary>The saga still has work to do in other grains.</summary>
    public bool SagaPending => Work is not null;

    public InvestmentState Apply(InvestmentEvent @event) => @event switch
    {
        InvestmentRequested requested => this with { Request = requested, DisbursementOn = requested.Decision.DisbursedOn, Work = PendingWork.For(requested) },
        SagaStepDone done => this with { Work = Work! with { Done = Work.Done.Add(done.Step) } },
        InvestmentCommitted committed => this with
        {
            Status = InvestmentStatus.Committed,
            CommittedOn = committed.On,
            // Paid the same day it was decided, as the request said: the payment follows at once.
            Work = DisbursementOn is { } on ? PendingWork.For(new DisbursementRequested(on)) : null,
        },
        DisbursementRequested requested => this with { DisbursementOn = requested.On, Work = PendingWork.For(requested) },
        InvestmentDisbursed disbursed => this with { Status = InvestmentStatus.Disbursed, DisbursedOn = disbursed.On, Work = null },
        InvestmentRefused refused => this with { Work = PendingWork.For(refused) },
        InvestmentAbandoned abandoned => this with { Status = InvestmentStatus.Abandoned, Abandonment = abandoned, Work = null },
        CancellationRequested requested => Asked(requested.Key, requested),
        InvestmentCancelled cancelled => Done(cancelled.Key, cancelled) with { Status = InvestmentStatus.Cancelled, Closing = cancelled },
        RepaymentRequested requested => Asked(requested.Key, requested),
        RepaymentRecorded repaid => WithRepayment(Done(repaid.Key, repaid), repaid),
        ExitRequested requested => Asked(requested.Key, requested),
        InvestmentExited exited => Done(exited.Key, exited) with { Status = InvestmentStatus.Exited, Closing = exited },
        WriteOffRequested requested => Asked(requested.Key, requested),
        InvestmentWrittenOff writtenOff => Done(writtenOff.Key, writtenOff) with { Status = InvestmentStatus.WrittenOff, Closing = writtenOff },
        MovementRefused refused => Done(refused.Key, refused) with { DisbursementOn = refused.Key == DisbursementKey ? null : DisbursementOn },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not an investment event"),
    };

    public InvestmentSnapshot? ToSnapshot() => Request is { } r
        ? new InvestmentSnapshot(r.InvestmentId, r.Decision, Status, CommittedOn, DisbursedOn, Repaid, ClosedOn, AbandonedBecause)
        : null;

    private DateOnly? ClosedOn => Closing switch
    {
        InvestmentExited exited => exited.On,
        InvestmentWrittenOff writtenOff => writtenOff.On,
        InvestmentCancelled cancelled => cancelled.On,
        _ => null,
    };

    private InvestmentState Asked(string key, InvestmentEvent intent) =>
        this with { Movements = Movements.SetItem(key, intent), Work = PendingWork.For(intent) };

    private InvestmentState Done(string key, InvestmentEvent outcome) =>
        this with { Movements = Movements.SetItem(key, outcome), Work = null };

    private static InvestmentState WithRepayment(InvestmentState state, RepaymentRecorded repaid)
    {
        var repayments = state.Repayments.Add(repaid);
        return state with
        {
            Repayments = repayments,
            Status = repayments.Sum(repayment => repayment.Amount) >= state.Decision.Amount ? InvestmentStatus.FullyRepaid : InvestmentStatus.PartlyRepaid,
        };
    }
}
