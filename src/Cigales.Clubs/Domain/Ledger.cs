using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>
/// The club's chart of accounts and how each kind of movement is posted. Debits are positive,
/// credits negative; every movement's postings sum to zero, so every balance sheet does too.
/// Cash, committed (set aside for an investment) and stakes are what the club owns; each member's
/// savings account and the gains account are what it owes its members.
/// </summary>
public static class Ledger
{
    public const string Cash = "cash";
    public const string Committed = "committed";
    public const string Stakes = "stakes";
    public const string Gains = "gains";
    public const string SavingsPrefix = "savings:";

    public static string SavingsOf(string memberId) => SavingsPrefix + memberId;

    public static IReadOnlyList<LedgerLine> Contribution(string memberId, Money amount) =>
        [LedgerLine.Of(Cash, amount), LedgerLine.Of(SavingsOf(memberId), -amount)];

    public static IReadOnlyList<LedgerLine> Reservation(Money amount) => [LedgerLine.Of(Committed, amount), LedgerLine.Of(Cash, -amount)];

    public static IReadOnlyList<LedgerLine> Disbursement(Money amount) => [LedgerLine.Of(Stakes, amount), LedgerLine.Of(Committed, -amount)];

    public static IReadOnlyList<LedgerLine> Release(Money amount) => [LedgerLine.Of(Cash, amount), LedgerLine.Of(Committed, -amount)];

    /// <summary>Money back: first the stake still held (principal), any excess is a gain.</summary>
    public static IReadOnlyList<LedgerLine> Return(Money amount, Money principal) =>
        NonZero(LedgerLine.Of(Cash, amount), LedgerLine.Of(Stakes, -principal), LedgerLine.Of(Gains, -(amount - principal)));

    /// <summary>A lost stake: the loss comes off the gains account (which may go into debit).</summary>
    public static IReadOnlyList<LedgerLine> WriteOff(Money amount) => [LedgerLine.Of(Gains, amount), LedgerLine.Of(Stakes, -amount)];

    /// <summary>
    /// The other members buy a departing member's share: the club pays what the member is owed from
    /// its cash and closes their savings account; a value above or below their savings is a loss or a gain.
    /// </summary>
    public static IReadOnlyList<LedgerLine> BuyBack(string memberId, Money savings, Money owed) =>
        NonZero(LedgerLine.Of(SavingsOf(memberId), savings), LedgerLine.Of(Cash, -owed), LedgerLine.Of(Gains, owed - savings));

    /// <summary>A newcomer buys a departing member's share, paying them directly: the savings pass from one account to the other.</summary>
    public static IReadOnlyList<LedgerLine> Transfer(string memberId, string buyerId, Money savings) =>
        NonZero(LedgerLine.Of(SavingsOf(memberId), savings), LedgerLine.Of(SavingsOf(buyerId), -savings));

    /// <summary>Pays out all the cash and closes every savings account and the gains account.</summary>
    public static IReadOnlyList<LedgerLine> Liquidation(IReadOnlyDictionary<string, Money> balances) =>
        NonZero(balances
            .Where(balance => balance.Key == Cash || balance.Key == Gains || balance.Key.StartsWith(SavingsPrefix, StringComparison.Ordinal))
            .OrderBy(balance => balance.Key, StringComparer.Ordinal)
            .Select(balance => LedgerLine.Of(balance.Key, -balance.Value))
            .ToArray());

    public static Money Sum(IEnumerable<LedgerLine> postings) => postings.Sum(posting => posting.Amount);

    private static LedgerLine[] NonZero(params LedgerLine[] postings) => postings.Where(posting => !posting.Amount.IsZero).ToArray();
}
