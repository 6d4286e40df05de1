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

    public static IReadOnlyList<LedgerLine> Contribution(string memberId, long cents) =>
        [new(Cash, cents), new(SavingsOf(memberId), -cents)];

    public static IReadOnlyList<LedgerLine> Reservation(long cents) => [new(Committed, cents), new(Cash, -cents)];

    public static IReadOnlyList<LedgerLine> Disbursement(long cents) => [new(Stakes, cents), new(Committed, -cents)];

    public static IReadOnlyList<LedgerLine> Release(long cents) => [new(Cash, cents), new(Committed, -cents)];

    /// <summary>Money back: first the stake still held (principal), any excess is a gain.</summary>
    public static IReadOnlyList<LedgerLine> Return(long cents, long principal) =>
        NonZero(new(Cash, cents), new(Stakes, -principal), new(Gains, -(cents - principal)));

    /// <summary>A lost stake: the loss comes off the gains account (which may go into debit).</summary>
    public static IReadOnlyList<LedgerLine> WriteOff(long cents) => [new(Gains, cents), new(Stakes, -cents)];

    /// <summary>Pays out all the cash and closes every savings account and the gains account.</summary>
    public static IReadOnlyList<LedgerLine> Liquidation(IReadOnlyDictionary<string, long> balances) =>
        NonZero(balances
            .Where(balance => balance.Key == Cash || balance.Key == Gains || balance.Key.StartsWith(SavingsPrefix, StringComparison.Ordinal))
            .OrderBy(balance => balance.Key, StringComparer.Ordinal)
            .Select(balance => new LedgerLine(balance.Key, -balance.Value))
            .ToArray());

    public static long Sum(IEnumerable<LedgerLine> postings) => postings.Sum(posting => posting.Cents);

    private static LedgerLine[] NonZero(params LedgerLine[] postings) => postings.Where(posting => posting.Cents != 0).ToArray();
}
