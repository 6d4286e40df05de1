using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

public sealed record InvestmentState : IEventSourced<InvestmentState, InvestmentEvent>
{
    /// <summary>The key of the payment of all that remains, asked without a key of its own (there is one such payment at most).</summary>
    public const string DisbursementKey = "disbursement";

    public static InvestmentState Initial { get; } = new();

    public InvestmentRequested? Request { get; init; }

    public InvestmentStatus Status { get; init; } = InvestmentStatus.Requested;

    public DateOnly? CommittedOn { get; init; }

    /// <summary>The payments made to the enterprise, in the order recorded.</summary>
    public ImmutableList<Payment> Payments { get; init; } = [];

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

    public Money Disbursed => Payments.Sum(payment => payment.Amount);

    /// <summary>What was committed and is not paid yet.</summary>
    public Money StillToDisburse => Money.Max(Money.Zero, Decision.Amount - Disbursed);

    /// <summary>A payment is asked for and not yet carried out.</summary>
    public bool PaymentPending => Work?.Intent is PaymentRequested;

    /// <summary>The day the committed funds were paid in full (the last payment's); null while some is still to disburse.</summary>
    public DateOnly? DisbursedOn => Payments.IsEmpty || StillToDisburse.IsPositive ? null : Payments.Max(payment => payment.On);

    /// <summary>The day of the first payment: money comes back after it.</summary>
    public DateOnly? FirstPaidOn => Payments.IsEmpty ? null : Payments.Min(payment => payment.On);

    /// <summary>Everything paid back, exits included.</summary>
    public Money Repaid => Repayments.Sum(repayment => repayment.Amount) + (Closing is InvestmentExited exited ? exited.Amount : Money.Zero);

    /// <summary>The saga still has work to do in other grains.</summary>
    public bool SagaPending => Work is not null;

    public InvestmentState Apply(InvestmentEvent @event) => @event switch
    {
        InvestmentRequested requested => this with { Request = requested, Work = PendingWork.For(requested) },
        SagaStepDone done => this with { Work = Work! with { Done = Work.Done.Add(done.Step) } },
        InvestmentCommitted committed => Decision.DisbursedOn is { } on
            // Already paid when it was recorded, as the request said: the payment of it all follows at once.
            ? (this with { Status = InvestmentStatus.Committed, CommittedOn = committed.On }).Apply(new PaymentRequested(DisbursementKey, Decision.Amount, on))
            : this with { Status = InvestmentStatus.Committed, CommittedOn = committed.On, Work = null },
        // As stored before payments could be partial: the payment of all that remained.
        DisbursementRequested requested => Apply(new PaymentRequested(DisbursementKey, StillToDisburse, requested.On)),
        InvestmentDisbursed disbursed => Apply(new PaymentMade(DisbursementKey, StillToDisburse, disbursed.On)),
        PaymentRequested requested => Asked(requested.Key, requested),
        PaymentMade paid => WithPayment(Done(paid.Key, paid), paid),
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
        MovementRefused refused => Done(refused.Key, refused),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not an investment event"),
    };

    public InvestmentSnapshot? ToSnapshot() => Request is { } r
        ? new InvestmentSnapshot(
            r.InvestmentId, r.Decision, Status, CommittedOn, DisbursedOn, Repaid, ClosedOn, AbandonedBecause,
            Payments, Repayments.Select(repaid => new Payment(repaid.Key, repaid.Amount, repaid.On)).ToList())
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

    /// <summary>A payment moves a committed investment to partly or fully disbursed; once money came back, the status says so instead.</summary>
    private static InvestmentState WithPayment(InvestmentState state, PaymentMade paid)
    {
        var paidSoFar = state with { Payments = state.Payments.Add(new Payment(paid.Key, paid.Amount, paid.On)) };
        return state.Status is InvestmentStatus.Committed or InvestmentStatus.PartlyDisbursed
            ? paidSoFar with { Status = paidSoFar.StillToDisburse.IsPositive ? InvestmentStatus.PartlyDisbursed : InvestmentStatus.Disbursed }
            : paidSoFar;
    }

    /// <summary>Fully repaid once what came back reaches what was paid.</summary>
    private static InvestmentState WithRepayment(InvestmentState state, RepaymentRecorded repaid)
    {
        var repayments = state.Repayments.Add(repaid);
        return state with
        {
            Repayments = repayments,
            Status = repayments.Sum(repayment => repayment.Amount) >= state.Disbursed ? InvestmentStatus.FullyRepaid : InvestmentStatus.PartlyRepaid,
        };
    }
}
