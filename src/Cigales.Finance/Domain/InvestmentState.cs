using System.Collections.Immutable;
using Cigales.GrainInterfaces.Finance;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

public sealed record InvestmentState : IEventSourced<InvestmentState, InvestmentEvent>
{
    public static InvestmentState Initial { get; } = new();

    public InvestmentRequested? Request { get; init; }

    public InvestmentStatus Status { get; init; } = InvestmentStatus.Requested;

    public DateOnly? CommittedOn { get; init; }

    /// <summary>The day the money is to be (or was) paid, once asked for.</summary>
    public DateOnly? DisbursementOn { get; init; }

    public DateOnly? DisbursedOn { get; init; }

    public ImmutableList<RepaymentRecorded> Repayments { get; init; } = [];

    public InvestmentEvent? Closing { get; init; }

    public InvestmentAbandoned? Abandonment { get; init; }

    public string AbandonedBecause => Abandonment?.Reason ?? string.Empty;

    public bool Exists => Request is not null;

    public RecordInvestment Decision => Request!.Decision;

    /// <summary>Everything paid back, exits included.</summary>
    public long RepaidCents => Repayments.Sum(repayment => repayment.AmountCents) + (Closing is InvestmentExited exited ? exited.AmountCents : 0);

    /// <summary>The saga still has work to do: commit the funds, or pay them.</summary>
    public bool SagaPending =>
        Exists && (Status == InvestmentStatus.Requested || (Status == InvestmentStatus.Committed && DisbursementOn is not null));

    public InvestmentState Apply(InvestmentEvent @event) => @event switch
    {
        InvestmentRequested requested => this with { Request = requested, DisbursementOn = requested.Decision.DisbursedOn },
        InvestmentCommitted committed => this with { Status = InvestmentStatus.Committed, CommittedOn = committed.On },
        DisbursementRequested requested => this with { DisbursementOn = requested.On },
        InvestmentDisbursed disbursed => this with { Status = InvestmentStatus.Disbursed, DisbursedOn = disbursed.On },
        InvestmentAbandoned abandoned => this with { Status = InvestmentStatus.Abandoned, Abandonment = abandoned },
        RepaymentRecorded repaid => WithRepayment(repaid),
        InvestmentExited exited => this with { Status = InvestmentStatus.Exited, Closing = exited },
        InvestmentWrittenOff writtenOff => this with { Status = InvestmentStatus.WrittenOff, Closing = writtenOff },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not an investment event"),
    };

    public InvestmentSnapshot? ToSnapshot() => Request is { } r
        ? new InvestmentSnapshot(r.InvestmentId, r.Decision, Status, CommittedOn, DisbursedOn, RepaidCents, ClosedOn, AbandonedBecause)
        : null;

    private DateOnly? ClosedOn => Closing switch
    {
        InvestmentExited exited => exited.On,
        InvestmentWrittenOff writtenOff => writtenOff.On,
        _ => null,
    };

    private InvestmentState WithRepayment(RepaymentRecorded repaid)
    {
        var repayments = Repayments.Add(repaid);
        return this with
        {
            Repayments = repayments,
            Status = repayments.Sum(repayment => repayment.AmountCents) >= Decision.AmountCents ? InvestmentStatus.FullyRepaid : InvestmentStatus.PartlyRepaid,
        };
    }
}
