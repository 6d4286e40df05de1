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

    public Money Repaid => Returns.Sum(back => Money.FromCents(back.Cents));

    public InvestmentSnapshot ToSnapshot() => new(Id, Decision, Status, CommittedOn, DisbursedOn, Repaid, ClosedOn, AbandonedBecause);

    public InvestmentFacts ToFacts() =>
        new(Id, Decision.ClubId, Decision.EnterpriseId, Decision.Amount, Status, Decision.DecidedOn, DisbursedOn, Returns, ClosedOn);
}

public sealed class InvestmentViewProjection : SingleStreamProjection<InvestmentView, string>
{
    public static InvestmentView Create(InvestmentRequested e) => new(e.InvestmentId, e.Decision, InvestmentStatus.Requested, null, null, [], null, string.Empty);

    public static InvestmentView Apply(InvestmentCommitted e, InvestmentView view) => view with { Status = InvestmentStatus.Committed, CommittedOn = e.On };

    public static InvestmentView Apply(InvestmentDisbursed e, InvestmentView view) => view with { Status = InvestmentStatus.Disbursed, DisbursedOn = e.On };

    public static InvestmentView Apply(InvestmentAbandoned e, InvestmentView view) => view with { Status = InvestmentStatus.Abandoned, AbandonedBecause = e.Reason };

    public static InvestmentView Apply(RepaymentRecorded e, InvestmentView view)
    {
        var returns = view.Returns.Append(new InvestmentFacts.Return(e.On, e.Amount.Cents)).ToList();
        return view with
        {
            Returns = returns,
            Status = returns.Sum(back => Money.FromCents(back.Cents)) >= view.Decision.Amount ? InvestmentStatus.FullyRepaid : InvestmentStatus.PartlyRepaid,
        };
    }

    public static InvestmentView Apply(InvestmentExited e, InvestmentView view) => view with
    {
        Status = InvestmentStatus.Exited,
        ClosedOn = e.On,
        Returns = e.Amount.IsPositive ? [.. view.Returns, new InvestmentFacts.Return(e.On, e.Amount.Cents)] : view.Returns,
    };

    public static InvestmentView Apply(InvestmentWrittenOff e, InvestmentView view) => view with { Status = InvestmentStatus.WrittenOff, ClosedOn = e.On };

    public static InvestmentView Apply(InvestmentCancelled e, InvestmentView view) => view with { Status = InvestmentStatus.Cancelled, ClosedOn = e.On, AbandonedBecause = e.Reason };
}
