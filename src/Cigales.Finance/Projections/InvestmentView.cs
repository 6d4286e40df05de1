using Cigales.Finance.Domain;
using Cigales.SharedKernel;
using Marten.Events.Aggregation;

namespace Cigales.Finance.Projections;

/// <summary>An investment as the portfolio reports count it, kept up to date inline with its stream.</summary>
public sealed record InvestmentView(
    string Id,
    RecordInvestment Decision,
    InvestmentStatus Status,
    DateOnly? CommittedOn,
    DateOnly? DisbursedOn,
    IReadOnlyList<InvestmentFacts.Return> Returns,
    DateOnly? ClosedOn,
    string AbandonedBecause)
{
    /// <summary>Lists go by decision date; the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{Decision.DecidedOn:yyyy-MM-dd}\u001f{Id}";

    public string EnterpriseId => Decision.EnterpriseId;

    public string ClubId => Decision.ClubId;

    public int Year => Decision.DecidedOn.Year;

    /// <summary>The payments to the enterprise; null in a view stored before payments could be partial (then it was paid at once, on <see cref="DisbursedOn"/>).</summary>
    public IReadOnlyList<Payment>? Payments { get; init; }

    /// <summary>The repayments, one each; null in a view stored before they were kept with their keys.</summary>
    public IReadOnlyList<Payment>? Repayments { get; init; }

    public Money Repaid => Returns.Sum(back => Money.FromCents(back.Cents));

    public InvestmentSnapshot ToSnapshot() =>
        new(Id, Decision, Status, CommittedOn, DisbursedOn, Repaid, ClosedOn, AbandonedBecause, ToFacts().PaymentsMade, Repayments ?? ReturnsButTheExit());

    public InvestmentFacts ToFacts() =>
        new(Id, Decision.ClubId, Decision.EnterpriseId, Decision.Amount, Status, Decision.DecidedOn, DisbursedOn, Returns, ClosedOn, Payments);

    /// <summary>An older view's repayments: its returns (without their keys), the exit's aside.</summary>
    private List<Payment> ReturnsButTheExit() =>
        Returns.Take(Status == InvestmentStatus.Exited && Returns.Count > 0 && Returns[^1].On == ClosedOn ? Returns.Count - 1 : Returns.Count)
            .Select(back => new Payment(string.Empty, Money.FromCents(back.Cents), back.On))
            .ToList();
}

public sealed class InvestmentViewProjection : SingleStreamProjection<InvestmentView, string>
{
    public static InvestmentView Create(InvestmentRequested e) => new(e.InvestmentId, e.Decision, InvestmentStatus.Requested, null, null, [], null, string.Empty);

    public static InvestmentView Apply(InvestmentCommitted e, InvestmentView view) => view with { Status = InvestmentStatus.Committed, CommittedOn = e.On };

    public static InvestmentView Apply(InvestmentDisbursed e, InvestmentView view) =>
        Paid(view, new Payment(InvestmentState.DisbursementKey, view.Decision.Amount - view.ToFacts().DisbursedBy(DateOnly.MaxValue), e.On));

    public static InvestmentView Apply(PaymentMade e, InvestmentView view) => Paid(view, new Payment(e.Key, e.Amount, e.On));

    public static InvestmentView Apply(InvestmentAbandoned e, InvestmentView view) => view with { Status = InvestmentStatus.Abandoned, AbandonedBecause = e.Reason };

    public static InvestmentView Apply(RepaymentRecorded e, InvestmentView view)
    {
        var returns = view.Returns.Append(new InvestmentFacts.Return(e.On, e.Amount.Cents)).ToList();
        return view with
        {
            Returns = returns,
            Repayments = [.. view.Repayments ?? [], new Payment(e.Key, e.Amount, e.On)],
            Status = returns.Sum(back => Money.FromCents(back.Cents)) >= view.ToFacts().DisbursedBy(DateOnly.MaxValue) ? InvestmentStatus.FullyRepaid : InvestmentStatus.PartlyRepaid,
        };
    }

    public static InvestmentView Apply(InvestmentExited e, InvestmentView view) => view with
    {
        Status = InvestmentStatus.Exited,
        ClosedOn = e.On,
        Returns = e.Amount.IsPositive ? [.. view.Returns, new InvestmentFacts.Return(e.On, e.Amount.Cents)] : view.Returns,
    };

    /// <summary>As <see cref="InvestmentState"/> counts it: partly or fully disbursed, unless money already came back.</summary>
    private static InvestmentView Paid(InvestmentView view, Payment payment)
    {
        var payments = view.ToFacts().PaymentsMade.Append(payment).ToList();
        var paid = payments.Sum(made => made.Amount);
        var fully = paid >= view.Decision.Amount;
        return view with
        {
            Payments = payments,
            DisbursedOn = fully ? payments.Max(made => made.On) : null,
            Status = view.Status is InvestmentStatus.Committed or InvestmentStatus.PartlyDisbursed
                ? fully ? InvestmentStatus.Disbursed : InvestmentStatus.PartlyDisbursed
                : view.Status,
        };
    }

    public static InvestmentView Apply(InvestmentWrittenOff e, InvestmentView view) => view with { Status = InvestmentStatus.WrittenOff, ClosedOn = e.On };

    public static InvestmentView Apply(InvestmentCancelled e, InvestmentView view) => view with { Status = InvestmentStatus.Cancelled, ClosedOn = e.On, AbandonedBecause = e.Reason };
}
