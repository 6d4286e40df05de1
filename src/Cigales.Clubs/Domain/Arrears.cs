using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>
/// What members owe as of a date. A month is due once it has ended; a member owes their pledge
/// in force for each due month they were a member during, while the club still collected savings
/// (forming or investing at the month's end). Contributions recorded for those months by the date
/// count against it; paying ahead for later months does not.
/// </summary>
public static class Arrears
{
    public static ArrearsReport Compute(ClubState state, DateOnly asOf)
    {
        var lines = state.Memberships.Keys
            .Order(StringComparer.Ordinal)
            .Select(member => LineFor(state, member, asOf))
            .Where(line => line.Due.IsPositive || line.Paid.IsPositive)
            .ToList();
        return new ArrearsReport(asOf, lines, lines.Sum(line => line.Arrears));
    }

    public static ArrearsLine LineFor(ClubState state, string memberId, DateOnly asOf)
    {
        var due = DueMonths(state, memberId, asOf).Sum(month => state.PledgeFor(memberId, month));
        var paid = state.Contributions
            .Where(contribution => contribution.MemberId == memberId && contribution.PaidOn <= asOf && contribution.Month.LastDay <= asOf)
            .Sum(contribution => contribution.Amount);
        return new ArrearsLine(memberId, due, paid, Money.Max(Money.Zero, due - paid));
    }

    private static IEnumerable<YearMonth> DueMonths(ClubState state, string memberId, DateOnly asOf)
    {
        var periods = state.PeriodsOf(memberId);
        if (periods.IsEmpty)
        {
            yield break;
        }

        for (var month = YearMonth.Of(periods[0].Joined); month.LastDay <= asOf; month = month.Next())
        {
            if (state.IsMemberDuring(memberId, month) && state.StatusOn(month.LastDay) is ClubStatus.Forming or ClubStatus.Investing)
            {
                yield return month;
            }
        }
    }
}
