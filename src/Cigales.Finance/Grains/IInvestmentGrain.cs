using Cigales.Finance.Domain;

namespace Cigales.Finance.Grains;

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

    /// <summary>A payment of the committed funds to the enterprise (all that remains when it names no amount), once per key.</summary>
    Task<InvestmentSnapshot> DisburseAsync(DisburseInvestment command);

    /// <summary>Money paid back to the club, once per key.</summary>
    Task<InvestmentSnapshot> RecordRepaymentAsync(RecordRepayment command);

    /// <summary>The club leaves the enterprise, with what it got back, once per key.</summary>
    Task<InvestmentSnapshot> ExitAsync(RecordRepayment command);

    /// <summary>What remains of the stake is lost, once per key.</summary>
    Task<InvestmentSnapshot> WriteOffAsync(WriteOffInvestment command);

    /// <summary>A committed investment that will not be paid is called off: the stake and the club's funds set aside are given back.</summary>
    Task<InvestmentSnapshot> CancelAsync(CancelInvestment command);
}
