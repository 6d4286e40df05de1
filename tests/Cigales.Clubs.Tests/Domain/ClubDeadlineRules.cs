using Cigales.Clubs.Domain;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

/// <summary>What a club must see to, as of a day: its term's end, its manager's mandate, its members in arrears.</summary>
public sealed class ClubDeadlineRules
{
    private static readonly DateOnly Investing = new(2024, 2, 1);

    private static ClubScenario InvestingClub() => new ClubScenario().Formed().Status(ClubStatus.Investing, Investing);

    private static IReadOnlyList<ClubDeadline> On(ClubScenario club, DateOnly asOf) => ClubDeadlines.For(ClubReports.Page(club.State, asOf)!);

    [Fact]
    public void TheTermIsADeadlineFromSixMonthsBeforeItEnds()
    {
        var club = InvestingClub();
        var end = club.State.Term!.End;

        Assert.DoesNotContain(On(club, end.AddMonths(-6).AddDays(-1)), deadline => deadline.Kind == ClubDeadlineKind.TermEnding);
        var ending = Assert.Single(On(club, end.AddMonths(-6)), deadline => deadline.Kind == ClubDeadlineKind.TermEnding);
        Assert.Equal(end, ending.Date);
        Assert.DoesNotContain(On(club, end.AddDays(1)), deadline => deadline.Kind == ClubDeadlineKind.TermEnding);
    }

    [Fact]
    public void TheManagersMandateIsADeadlineFromThirtyDaysBeforeItEndsUntilItIsRenewed()
    {
        var club = InvestingClub();
        var end = club.State.Officers[OfficerRole.Manager].MandateEndsOn!.Value;

        Assert.DoesNotContain(On(club, end.AddDays(-31)), deadline => deadline.Kind == ClubDeadlineKind.ManagerMandate);
        Assert.Equal(end, Assert.Single(On(club, end.AddDays(-30)), deadline => deadline.Kind == ClubDeadlineKind.ManagerMandate).Date);
        Assert.Equal(end, Assert.Single(On(club, end.AddDays(10)), deadline => deadline.Kind == ClubDeadlineKind.ManagerMandate).Date);
    }

    [Fact]
    public void AMemberTwoMonthsBehindIsInArrearsAndOneMonthBehindIsNot()
    {
        var pledge = Money.FromEuros(20);
        var club = InvestingClub()
            .Pledge("m4", pledge, new YearMonth(2024, 2))
            .Pledge("m5", pledge, new YearMonth(2024, 2))
            .Contribute("m4", new YearMonth(2024, 2), pledge)
            .Contribute("m5", new YearMonth(2024, 2), pledge)
            .Contribute("m5", new YearMonth(2024, 3), pledge);

        // On 1 May, March and April are due: m4 owes both, m5 April only.
        var arrears = On(club, new DateOnly(2024, 5, 1)).Where(deadline => deadline.Kind == ClubDeadlineKind.Arrears).ToList();

        var behind = Assert.Single(arrears);
        Assert.Equal(("m4", Money.FromEuros(40)), (behind.MemberId, behind.Arrears));
        Assert.Equal("club:Arrears:m4:2024-05", behind.Key());
    }

    [Fact]
    public void ADissolvedClubHasNoDeadlines()
    {
        var club = new ClubScenario().Formed().Status(ClubStatus.Dissolved, Investing);

        Assert.Empty(On(club, Investing.AddYears(1)));
    }
}
