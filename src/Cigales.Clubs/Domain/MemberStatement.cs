using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>
/// A member's yearly statement: what they contributed during the year, and their share of the
/// club's holdings at its end (31 December, or today for the year under way), in proportion to
/// their part of the contributions (<see cref="SavingsShares"/>), each holding split the same way.
/// </summary>
/// <param name="Fraction">The member's part of the contributions the shares are computed from (0 to 1).</param>
/// <param name="Savings">Their share of what the club owns (what a liquidation that day would pay them).</param>
/// <param name="Cash">Their part of the cash not set aside.</param>
/// <param name="Committed">Their part of the funds set aside for investments.</param>
/// <param name="Stakes">Their part of the stakes held, at cost.</param>
/// <param name="Settlement">How their share was bought when they left, if it was by then.</param>
public sealed record MemberStatement(
    ClubSnapshot Club,
    string MemberId,
    int Year,
    DateOnly AsOf,
    IReadOnlyList<ContributionRecorded> Contributions,
    Money ContributedInYear,
    Money ContributedToDate,
    decimal Fraction,
    Money ClubSavings,
    Money Savings,
    Money Cash,
    Money Committed,
    Money Stakes,
    SettlementView? Settlement)
{
    /// <summary>The statement, or why there is none: the club does not exist, or the person had not been a member by then.</summary>
    public static (MemberStatement? Statement, Refusal? Refusal) For(ClubState state, string memberId, int year, DateOnly today)
    {
        if (ClubReports.Snapshot(state) is not { } club)
        {
            return (null, Unknown.Club());
        }

        var yearEnd = new DateOnly(year, 12, 31);
        var asOf = yearEnd < today ? yearEnd : today;
        var periods = state.PeriodsOf(memberId);
        if (periods.IsEmpty || periods[0].Joined > asOf)
        {
            return (null, Refusal.NotFound("person_id", "statement.member", $"{memberId} had not been a member of the club by {CalendarDate.ToIso(asOf)}"));
        }

        var basis = SavingsShares.Basis(state, asOf);
        var total = basis.Values.Sum();
        var ofYear = state.Contributions
            .Where(contribution => contribution.MemberId == memberId && contribution.PaidOn.Year == year && contribution.PaidOn <= asOf)
            .OrderBy(contribution => contribution.PaidOn)
            .ThenBy(contribution => contribution.Month)
            .ToList();
        Money PartOf(string account) => SavingsShares.Split(Balance(state, account, asOf), basis).GetValueOrDefault(memberId);
        var settled = state.Settlements.LastOrDefault(settlement => settlement.MemberId == memberId && settlement.On <= asOf);
        return (new MemberStatement(
            club,
            memberId,
            year,
            asOf,
            ofYear,
            ofYear.Sum(contribution => contribution.Amount),
            SavingsShares.Contributed(state, asOf).GetValueOrDefault(memberId),
            total.IsZero ? 0m : (decimal)basis.GetValueOrDefault(memberId).Cents / total.Cents,
            SavingsShares.ClubSavings(state, asOf),
            SavingsShares.Compute(state, asOf).GetValueOrDefault(memberId),
            PartOf(Ledger.Cash),
            PartOf(Ledger.Committed),
            PartOf(Ledger.Stakes),
            settled is null ? null : new SettlementView(settled.Settlement, settled.Value, settled.Owed, settled.BuyerId, settled.On)), null);
    }

    private static Money Balance(ClubState state, string account, DateOnly asOf) =>
        state.Movements.Where(movement => movement.On <= asOf).SelectMany(movement => movement.Postings).Where(posting => posting.Account == account).Sum(posting => posting.Amount);
}
