using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>
/// Each member's share of the club's savings at a date — the basis of a pro-rata liquidation.
/// The club's savings are what it owns (cash, funds set aside, stakes held, at what they cost);
/// each member's share is in proportion to what they contributed by then, in whole cents, the
/// cents left over by rounding down going one each to the largest remainders, so that the shares
/// always add up to the savings exactly. A share bought from a departing member moves with it
/// (<see cref="Basis"/>).
/// </summary>
public static class SavingsShares
{
    public static IReadOnlyDictionary<string, Money> Compute(ClubState state, DateOnly asOf) =>
        Split(ClubSavings(state, asOf), Basis(state, asOf));

    /// <summary>
    /// An amount split in proportion to the weights, in whole cents, the cents left over by
    /// rounding down going one each to the largest remainders: the parts add up to the amount.
    /// </summary>
    public static IReadOnlyDictionary<string, Money> Split(Money amount, IReadOnlyDictionary<string, Money> weights)
    {
        var total = weights.Values.Sum();
        if (total.IsZero || amount.IsZero)
        {
            return weights.ToDictionary(member => member.Key, _ => Money.Zero);
        }

        // The split works on whole cents: the remainders it ranks are fractions of a cent.
        var exact = weights
            .Select(member => (member.Key, Product: (Int128)amount.Cents * member.Value.Cents))
            .Select(member => (member.Key, Floor: (long)(member.Product / total.Cents), Remainder: (long)(member.Product % total.Cents)))
            .ToList();
        var leftOver = amount.Cents - exact.Sum(member => member.Floor);
        var getsOneMore = exact
            .OrderByDescending(member => member.Remainder)
            .ThenBy(member => member.Key, StringComparer.Ordinal)
            .Take((int)leftOver)
            .Select(member => member.Key)
            .ToHashSet(StringComparer.Ordinal);
        return exact.ToDictionary(member => member.Key, member => Money.FromCents(member.Floor + (getsOneMore.Contains(member.Key) ? 1 : 0)));
    }

    /// <summary>
    /// What each member's share is in proportion to at the date: what they contributed, less what
    /// they handed on with a share bought from them, plus what they took over buying one (a share
    /// the other members bought goes to all of them through the club's cash: it leaves the basis).
    /// </summary>
    public static IReadOnlyDictionary<string, Money> Basis(ClubState state, DateOnly asOf)
    {
        var basis = Contributed(state, asOf).ToDictionary(member => member.Key, member => member.Value, StringComparer.Ordinal);
        foreach (var settled in state.Settlements.Where(settled => settled.On <= asOf))
        {
            basis[settled.MemberId] = basis.GetValueOrDefault(settled.MemberId) - settled.Basis;
            if (settled.BuyerId.Length > 0)
            {
                basis[settled.BuyerId] = basis.GetValueOrDefault(settled.BuyerId) + settled.Basis;
            }
        }

        return basis;
    }

    /// <summary>What each member contributed by the date, for everyone who ever contributed.</summary>
    public static IReadOnlyDictionary<string, Money> Contributed(ClubState state, DateOnly asOf) =>
        state.Contributions
            .GroupBy(contribution => contribution.MemberId)
            .ToDictionary(
                member => member.Key,
                member => member.Where(contribution => contribution.PaidOn <= asOf).Sum(contribution => contribution.Amount));

    /// <summary>What the club owns at the date: cash, funds set aside and stakes held.</summary>
    public static Money ClubSavings(ClubState state, DateOnly asOf) =>
        state.Movements
            .Where(movement => movement.On <= asOf)
            .SelectMany(movement => movement.Postings)
            .Where(posting => posting.Account is Ledger.Cash or Ledger.Committed or Ledger.Stakes)
            .Sum(posting => posting.Amount);
}
