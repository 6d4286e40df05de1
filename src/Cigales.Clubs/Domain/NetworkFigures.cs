namespace Cigales.Clubs.Domain;

/// <summary>What the network-wide figures are computed from: each club's dated history.</summary>
public sealed record ClubTimeline(DateOnly CreatedOn, IReadOnlyList<ClubTimeline.Change> Changes, IReadOnlyList<ClubTimeline.Membership> Members)
{
    public ClubStatus? StatusOn(DateOnly date) =>
        date < CreatedOn ? null : Changes.LastOrDefault(change => change.On <= date)?.To ?? ClubStatus.Forming;

    /// <summary>Whether the club had the status on at least one day of the period.</summary>
    public bool HadStatusDuring(ClubStatus status, DateOnly from, DateOnly to) =>
        StatusOn(from) == status
        || Changes.Any(change => change.To == status && change.On > from && change.On <= to)
        || (status == ClubStatus.Forming && CreatedOn > from && CreatedOn <= to);

    public int MembersOn(DateOnly date) => Members.Count(member => member.Joined <= date && (member.Left is null || date < member.Left));

    public sealed record Change(ClubStatus To, DateOnly On);

    public sealed record Membership(DateOnly Joined, DateOnly? Left);
}

/// <summary>
/// The network's figures as of a date, as the association reports them (DOMAIN.md: "24 investing
/// clubs (28 active during the year), 41 managing clubs (49 during the year), 823 members of whom
/// 283 in investing clubs, about 12 members per club"). Members are counted per club (a person in
/// two clubs counts twice, as the clubs count them); the average is over the clubs that exist and
/// are not dissolved.
/// </summary>
public sealed record NetworkFigures(
    DateOnly AsOf,
    int Year,
    int FormingClubs,
    int InvestingClubs,
    int InvestingClubsDuringYear,
    int ManagingClubs,
    int ManagingClubsDuringYear,
    int Members,
    int MembersOfInvestingClubs,
    decimal AverageMembersPerClub)
{
    /// <param name="year">The year "during the year" counts for, up to <paramref name="asOf"/> when it is that year.</param>
    public static NetworkFigures Compute(IReadOnlyCollection<ClubTimeline> clubs, DateOnly asOf, int year)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31) is var end && end > asOf ? asOf : end;
        var living = clubs.Where(club => club.StatusOn(asOf) is ClubStatus.Forming or ClubStatus.Investing or ClubStatus.Managing).ToList();
        var investing = living.Where(club => club.StatusOn(asOf) == ClubStatus.Investing).ToList();
        var members = living.Sum(club => club.MembersOn(asOf));

        return new NetworkFigures(
            asOf,
            year,
            living.Count(club => club.StatusOn(asOf) == ClubStatus.Forming),
            investing.Count,
            yearStart <= yearEnd ? clubs.Count(club => club.HadStatusDuring(ClubStatus.Investing, yearStart, yearEnd)) : 0,
            living.Count(club => club.StatusOn(asOf) == ClubStatus.Managing),
            yearStart <= yearEnd ? clubs.Count(club => club.HadStatusDuring(ClubStatus.Managing, yearStart, yearEnd)) : 0,
            members,
            investing.Sum(club => club.MembersOn(asOf)),
            living.Count == 0 ? 0 : Math.Round((decimal)members / living.Count, 1, MidpointRounding.AwayFromZero));
    }
}
