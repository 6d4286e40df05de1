using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

public enum ClubDeadlineKind
{
    /// <summary>The joint ownership's term ends within 6 months: renew it, or move to managing.</summary>
    TermEnding,
    /// <summary>The manager's mandate ends within 30 days, or has ended: the club renews it.</summary>
    ManagerMandate,
    /// <summary>A member owes two months of pledges or more.</summary>
    Arrears,
}

/// <summary>
/// A club's deadline as of a day. <see cref="Key"/> says what makes it one notice: the term's end,
/// the mandate's end, a member's arrears in the month of the day (one reminder a month while it lasts).
/// </summary>
/// <param name="MemberId">The member in arrears; empty for the others.</param>
public sealed record ClubDeadline(string ClubId, string ClubName, ClubDeadlineKind Kind, DateOnly Date, string MemberId, Money Arrears)
{
    public string Key() => Kind == ClubDeadlineKind.Arrears
        ? $"{ClubId}:{Kind}:{MemberId}:{Date:yyyy-MM}"
        : $"{ClubId}:{Kind}:{Date:yyyy-MM-dd}";
}

/// <summary>What a club must see to, as of a day, from its page (DOMAIN.md, "Clubs"): only a club still living (not dissolved).</summary>
public static class ClubDeadlines
{
    public const int TermMonthsAhead = 6;
    public const int MandateDaysAhead = 30;
    public const int ArrearsMonths = 2;

    public static IReadOnlyList<ClubDeadline> For(ClubPage page)
    {
        if (page.StatusAsOf == ClubStatus.Dissolved)
        {
            return [];
        }

        var (club, asOf) = (page.Club, page.AsOf);
        var deadlines = new List<ClubDeadline>();
        if (page.Term is { Expired: false } term && term.End <= asOf.AddMonths(TermMonthsAhead))
        {
            deadlines.Add(new ClubDeadline(club.ClubId, club.Name, ClubDeadlineKind.TermEnding, term.End, string.Empty, Money.Zero));
        }

        if (page.Officers.FirstOrDefault(officer => officer.Role == OfficerRole.Manager)?.MandateEndsOn is { } mandateEnd
            && mandateEnd <= asOf.AddDays(MandateDaysAhead))
        {
            deadlines.Add(new ClubDeadline(club.ClubId, club.Name, ClubDeadlineKind.ManagerMandate, mandateEnd, string.Empty, Money.Zero));
        }

        deadlines.AddRange(page.Members
            .Where(member => member.Current && member.MonthlyPledge.IsPositive && member.Arrears >= member.MonthlyPledge * ArrearsMonths)
            .Select(member => new ClubDeadline(club.ClubId, club.Name, ClubDeadlineKind.Arrears, asOf, member.MemberId, member.Arrears)));
        return deadlines;
    }
}
