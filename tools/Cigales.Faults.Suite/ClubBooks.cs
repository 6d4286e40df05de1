using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;

namespace Cigales.Faults;

/// <summary>
/// One club's books as the API gives them — its ledger (Clubs) and its investments (Finance) —
/// and the rules they must keep whatever failed on the way (docs/DESIGN.md, "Clubs"): every
/// movement balances, the balances are the sum of the movements and sum to zero, no account the
/// club owns is negative, the funds set aside are what its committed investments hold and its
/// stakes what its paid ones hold, and each investment moved the club's money once.
/// </summary>
public sealed class ClubBooks(string clubId, Ledger ledger, IReadOnlyList<Investment> investments)
{
    private const string Cash = "cash";
    private const string Committed = "committed";
    private const string Stakes = "stakes";

    public string ClubId { get; } = clubId;

    public IReadOnlyDictionary<string, Investment> Investments { get; } = investments.ToDictionary(investment => investment.InvestmentId);

    /// <summary>How many movements of a kind (contribution, reservation, disbursement...) the ledger holds under a key.</summary>
    public int Count(string kind, string key) => ledger.Movements.Count(movement => movement.Kind == kind && movement.Key == key);

    public long AmountOf(string kind, string key) =>
        ledger.Movements.Where(movement => movement.Kind == kind && movement.Key == key)
            .Sum(movement => movement.Postings.Where(posting => posting.Amount.Cents > 0).Sum(posting => posting.Amount.Cents));

    public IEnumerable<Finding> Problems()
    {
        foreach (var movement in ledger.Movements.Where(movement => movement.Postings.Sum(posting => posting.Amount.Cents) != 0))
        {
            yield return Finding.Broken($"club {ClubId}: the {movement.Kind} '{movement.Key}' does not balance");
        }

        var balances = ledger.Balances.ToDictionary(line => line.Account, line => line.Amount.Cents);
        var summed = ledger.Movements.SelectMany(movement => movement.Postings)
            .GroupBy(posting => posting.Account)
            .ToDictionary(account => account.Key, account => account.Sum(posting => posting.Amount.Cents));
        foreach (var account in balances.Keys.Union(summed.Keys).Where(account => balances.GetValueOrDefault(account) != summed.GetValueOrDefault(account)))
        {
            yield return Finding.Broken($"club {ClubId}: the balance of '{account}' is {balances.GetValueOrDefault(account)}, its movements add up to {summed.GetValueOrDefault(account)}");
        }

        if (balances.Values.Sum() != 0)
        {
            yield return Finding.Broken($"club {ClubId}: the balances add up to {balances.Values.Sum()}, not zero");
        }

        foreach (var account in new[] { Cash, Committed, Stakes }.Where(account => balances.GetValueOrDefault(account) < 0))
        {
            yield return Finding.Broken($"club {ClubId}: '{account}' is negative ({balances[account]})");
        }

        // The load neither repays nor cancels: set aside is what committed investments hold, the stakes what paid ones hold.
        foreach (var (account, status) in new[] { (Committed, InvestmentStatus.Committed), (Stakes, InvestmentStatus.Disbursed) })
        {
            var held = Investments.Values.Where(investment => investment.Status == status).Sum(investment => investment.Amount.Cents);
            if (balances.GetValueOrDefault(account) != held)
            {
                yield return Finding.Broken($"club {ClubId}: '{account}' is {balances.GetValueOrDefault(account)}, its {status} investments hold {held}");
            }
        }

        foreach (var key in ledger.Movements.Where(movement => movement.Kind == "reservation").Select(movement => movement.Key).Where(key => !Investments.ContainsKey(key)))
        {
            yield return Finding.Broken($"club {ClubId}: funds set aside under '{key}', which is none of its investments");
        }
    }
}
