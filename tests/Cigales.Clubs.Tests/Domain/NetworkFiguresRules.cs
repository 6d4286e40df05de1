using Cigales.Clubs.Domain;
using static Cigales.Clubs.Domain.ClubTimeline;

namespace Cigales.Clubs.Tests.Domain;

public sealed class NetworkFiguresRules
{
    private static readonly DateOnly EndOf2024 = new(2024, 12, 31);

    private static ClubTimeline Club(DateOnly created, int members, params Change[] changes) =>
        new(created, changes, Enumerable.Range(0, members).Select(_ => new Membership(created, null)).ToList());

    [Fact]
    public void FiguresCountClubsByStatusOnTheDayAndDuringTheYear()
    {
        var clubs = new List<ClubTimeline>
        {
            // Investing all year.
            Club(new(2020, 1, 1), 12, new Change(ClubStatus.Investing, new(2020, 3, 1))),
            // Investing until June, then managing: active during the year, managing at its end.
            Club(new(2018, 1, 1), 10, new Change(ClubStatus.Investing, new(2018, 3, 1)), new Change(ClubStatus.Managing, new(2024, 6, 1))),
            // Managing until dissolved in October: managing during the year only.
            Club(new(2012, 1, 1), 8, new Change(ClubStatus.Investing, new(2012, 3, 1)), new Change(ClubStatus.Managing, new(2017, 3, 1)), new Change(ClubStatus.Dissolved, new(2024, 10, 1))),
            // Created in November 2024, still forming.
            Club(new(2024, 11, 19), 6),
            // Created in 2025: not there yet.
            Club(new(2025, 2, 1), 9),
        };

        var figures = NetworkFigures.Compute(clubs, EndOf2024, 2024);

        Assert.Equal(
            new NetworkFigures(EndOf2024, 2024, FormingClubs: 1, InvestingClubs: 1, InvestingClubsDuringYear: 2, ManagingClubs: 1, ManagingClubsDuringYear: 2, Members: 28, MembersOfInvestingClubs: 12, AverageMembersPerClub: 9.3m),
            figures);
    }

    [Fact]
    public void MembersCountOnTheDayAsked()
    {
        var club = new ClubTimeline(new(2024, 1, 1), [new Change(ClubStatus.Investing, new(2024, 1, 2))],
            [new Membership(new(2024, 1, 1), new(2024, 6, 1)), new Membership(new(2024, 1, 1), null), new Membership(new(2024, 9, 1), null)]);

        Assert.Equal(2, NetworkFigures.Compute([club], new(2024, 5, 31), 2024).Members);
        Assert.Equal(1, NetworkFigures.Compute([club], new(2024, 6, 1), 2024).Members);
        Assert.Equal(2, NetworkFigures.Compute([club], new(2024, 9, 1), 2024).MembersOfInvestingClubs);
    }
}
