using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>
/// The rule a request once named; no longer used: the club's own rules, recorded by the Clubs
/// service, decide whether a vote carries. Kept so that stored decisions still read.
/// </summary>
public enum VoteRule
{
    Majority,
    Unanimity,
}

/// <param name="Rule">The rule the request named, if it did (ignored: the club's rules decide).</param>
public sealed record Vote(
    int For,
    int Against,
    int Abstentions,
    VoteRule? Rule = null);

/// <param name="RoundId">The financing round it is part of (several clubs can invest in one); may be empty.</param>
/// <param name="DisbursedOn">The day the money was paid, when it already was; null while committed only.</param>
public sealed record RecordInvestment(
    string ClubId,
    string EnterpriseId,
    string RoundId,
    Money Amount,
    Instrument Instrument,
    DateOnly DecidedOn,
    Vote Vote,
    DateOnly? DisbursedOn = null);

/// <summary>A payment of the committed funds to the enterprise.</summary>
/// <param name="Key">Its idempotency key; <see cref="InvestmentState.DisbursementKey"/> for the payment of all that remains, asked without one.</param>
/// <param name="Amount">What is paid; null for all that remains to disburse.</param>
public sealed record DisburseInvestment(string Key, Money? Amount, DateOnly On);

public sealed record RecordRepayment(
    string Key,
    Money Amount,
    DateOnly On);

public sealed record WriteOffInvestment(string Key, DateOnly On);

public sealed record CancelInvestment(string Key, DateOnly On, string Reason);

public enum InvestmentStatus
{
    /// <summary>Recorded; the saga has not yet committed the funds (it resumes by itself).</summary>
    Requested,
    Committed,

    /// <summary>Part of the committed funds was paid; the rest is still to disburse.</summary>
    PartlyDisbursed,
    Disbursed,
    PartlyRepaid,
    FullyRepaid,
    Exited,
    WrittenOff,
    /// <summary>Refused on the way (a limit, the club's funds): neither investment nor disbursement.</summary>
    Abandoned,
    /// <summary>Committed, then called off before it was paid: what was set aside was given back.</summary>
    Cancelled,
}

/// <param name="DisbursedOn">The day the committed funds were paid in full; null while some is still to disburse.</param>
/// <param name="Payments">The payments to the enterprise, in the order recorded.</param>
/// <param name="Repayments">The money paid back, one payment each (an exit's is not among them).</param>
public sealed record InvestmentSnapshot(
    string InvestmentId,
    RecordInvestment Decision,
    InvestmentStatus Status,
    DateOnly? CommittedOn,
    DateOnly? DisbursedOn,
    Money Repaid,
    DateOnly? ClosedOn,
    string AbandonedBecause,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<Payment> Repayments)
{
    public Money Disbursed => Payments.Sum(payment => payment.Amount);

    /// <summary>What was committed and is not paid yet; nothing once the investment was cancelled or abandoned.</summary>
    public Money StillToDisburse => Status is InvestmentStatus.Requested or InvestmentStatus.Abandoned or InvestmentStatus.Cancelled
        ? Money.Zero
        : Money.Max(Money.Zero, Decision.Amount - Disbursed);

    /// <summary>The same investment as it stood: the payments compared one by one, as the other members are.</summary>
    public bool Equals(InvestmentSnapshot? other) =>
        other is not null
        && (InvestmentId, Decision, Status, CommittedOn, DisbursedOn, Repaid, ClosedOn, AbandonedBecause)
            == (other.InvestmentId, other.Decision, other.Status, other.CommittedOn, other.DisbursedOn, other.Repaid, other.ClosedOn, other.AbandonedBecause)
        && Payments.SequenceEqual(other.Payments)
        && Repayments.SequenceEqual(other.Repayments);

    public override int GetHashCode() => HashCode.Combine(InvestmentId, Status, Payments.Count, Repayments.Count);
}

/// <summary>One dated payment, to the enterprise or back to the club, with its idempotency key.</summary>
public sealed record Payment(string Key, Money Amount, DateOnly On);
