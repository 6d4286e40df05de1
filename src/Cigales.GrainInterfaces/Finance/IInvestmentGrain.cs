namespace Cigales.GrainInterfaces.Finance;

/// <summary>
/// One club's investment in an enterprise, keyed by its id (derived from the client's idempotency
/// key): the saga that takes the cash from the club — the stake set aside in the enterprise, the
/// funds reserved in the club, then disbursed — so that a retry after any failure ends with
/// exactly one investment and one disbursement, or neither. Then its repayments, exit or write-off.
/// </summary>
public interface IInvestmentGrain : IGrainWithStringKey
{
    /// <summary>Records the club's decision and commits its funds (and pays them when <see cref="RecordInvestment.DisbursedOn"/> is given).</summary>
    Task<InvestmentSnapshot> RecordAsync(RecordInvestment command);

    Task<InvestmentSnapshot?> GetAsync();

    /// <summary>The committed funds were paid to the enterprise.</summary>
    Task<InvestmentSnapshot> DisburseAsync(DateOnly on);

    /// <summary>Money paid back to the club, once per key.</summary>
    Task<InvestmentSnapshot> RecordRepaymentAsync(RecordRepayment command);

    /// <summary>The club leaves the enterprise, with what it got back, once per key.</summary>
    Task<InvestmentSnapshot> ExitAsync(RecordRepayment command);

    /// <summary>What remains of the stake is lost, once per key.</summary>
    Task<InvestmentSnapshot> WriteOffAsync(WriteOffInvestment command);

    /// <summary>A committed investment that will not be paid is called off: the stake and the club's funds set aside are given back.</summary>
    Task<InvestmentSnapshot> CancelAsync(CancelInvestment command);
}

/// <summary>How a club decides: by a majority of the votes cast, or unanimously.</summary>
public enum VoteRule
{
    Majority,
    Unanimity,
}

public sealed record Vote(
    int For,
    int Against,
    int Abstentions,
    VoteRule Rule);

/// <param name="RoundId">The financing round it is part of (several clubs can invest in one); may be empty.</param>
/// <param name="DisbursedOn">The day the money was paid, when it already was; null while committed only.</param>
public sealed record RecordInvestment(
    string ClubId,
    string EnterpriseId,
    string RoundId,
    long AmountCents,
    Instrument Instrument,
    DateOnly DecidedOn,
    Vote Vote,
    DateOnly? DisbursedOn = null);

public sealed record RecordRepayment(
    string Key,
    long AmountCents,
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
    long RepaidCents,
    DateOnly? ClosedOn,
    string AbandonedBecause);
