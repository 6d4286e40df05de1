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

public sealed record InvestmentSnapshot(
    string InvestmentId,
    RecordInvestment Decision,
    InvestmentStatus Status,
    DateOnly? CommittedOn,
    DateOnly? DisbursedOn,
    Money Repaid,
    DateOnly? ClosedOn,
    string AbandonedBecause);
