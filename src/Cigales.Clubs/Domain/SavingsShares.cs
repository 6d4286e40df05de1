namespace Cigales.Clubs.Domain;

/// <summary>
/// Each member's share of the club's savings at a date — the basis of a pro-rata liquidation.
/// The club's savings are what it owns (cash, funds set aside, stakes held, at what they cost);
/// each member's share is in proportion to what they contributed by then, in whole cents, the
/// cents left over by rounding down going one each to the largest remainders, so that the shares
/// always add up to the savings exactly.
/// </summary>
public static class SavingsShares
{
    public static IReadOnlyDictionary<string, long> Compute(ClubState state, DateOnly asOf)
    {
        var contributed = Contributed(state, asOf);
        var total = contributed.Values.Sum();
        var savings = ClubSavings(state, asOf);
        if (total == 0 || savings == 0)
        {
            return contributed.ToDictionary(member => member.Key, _ => 0L);
        }

        var exact = contributed
            .Select(member => (member.Key, Product: (Int128)savings * member.Value))
            .Select(member => (member.Key, Floor: (long)(member.Product / total), Remainder: (long)(member.Product % total)))
            .ToList();
        var leftOver = savings - exact.Sum(member => member.Floor);
        var getsOneMore = exact
            .OrderByDescending(member => member.Remainder)
            .ThenBy(member => member.Key, StringComparer.Ordinal)
            .Take((int)leftOver)
            .Select(member => member.Key)
            .ToHashSet(StringComparer.Ordinal);
        return exact.ToDictionary(member => member.Key, member => member.Floor + (getsOneMore.Contains(member.Key) ? 1 : 0));
    }

    /// <summary>What each member contributed by the date, for everyone who ever contributed.</summary>
    public static IReadOnlyDictionary<string, long> Contributed(ClubState state, DateOnly asOf) =>
        state.Contributions
            .GroupBy(contribution => contribution.MemberId)
            .ToDictionary(
                member => member.Key,
                member => member.Where(contribution => contribution.PaidOn <= asOf).Sum(contribution => contribution.AmountCents));

    /// <summary>What the club owns at the date: cash, funds set aside and stakes held.</summary>
    public static long ClubSavings(ClubState state, DateOnly asOf) =>
        state.Movements
            .Where(movement => movement.On <= asOf)
            .SelectMany(movement => movement.Postings)
            .Where(posting => posting.Account is Ledger.Cash or Ledger.Committed or Ledger.Stakes)
            .Sum(posting => posting.Cents);
}
