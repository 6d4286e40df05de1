using Cigales.Clubs.Domain;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

public sealed class MembershipRules
{
    private static readonly DateOnly Day = new(2024, 2, 1);

    private static Decision<ClubEvent> Join(ClubScenario club, string member, DateOnly on, bool personKnown = true) =>
        ClubRules.Join(club.State, new JoinClub(member, on), personKnown, club.Settings, ClubScenario.Today);

    [Fact]
    public void JoiningAFullClubIsRefusedWithTheReason()
    {
        var club = new ClubScenario().JoinMany(20, Day);

        var refusal = Join(club, "m21", Day.AddDays(1)).Refusal;

        Assert.Equal((RefusalKind.FailedPrecondition, "club.full"), (refusal?.Kind, refusal?.Rule));
        Assert.Equal("the club is full (20 members): newcomers wait or start a new club", refusal?.Message);
    }

    [Fact]
    public void TheMaximumIsASetting()
    {
        var club = new ClubScenario(new ClubSettings { MaxMembers = 6 }).JoinMany(6, Day);

        Assert.Equal("the club is full (6 members): newcomers wait or start a new club", Join(club, "m7", Day).Refusal?.Message);
    }

    [Fact]
    public void ALeaveMakesRoomFromTheDayOfLeaving()
    {
        var club = new ClubScenario().JoinMany(20, Day).Leave("m3", Day.AddMonths(2));

        Assert.Equal("club.full", Join(club, "m21", Day.AddMonths(1)).Refusal?.Rule);
        Assert.False(Join(club, "m21", Day.AddMonths(2)).IsRefused);
    }

    [Fact]
    public void AJoinDatedInThePastMayNotOverfillTheClubOnALaterDay()
    {
        // 19 members in February, 18 from March (one left), 19 again from April (one joined).
        var club = new ClubScenario().JoinMany(19, Day).Leave("m1", Day.AddMonths(1)).Join("late", Day.AddMonths(2));

        // Joining on 10 March makes 19 then and 20 from April: up to the maximum, allowed.
        Assert.False(Join(club, "back", Day.AddMonths(1).AddDays(9)).IsRefused);
        club.Join("back", Day.AddMonths(1).AddDays(9));

        // On 15 March there are 19 members, but a join then would make 21 from April on.
        Assert.Equal(19, club.State.MembersOn(Day.AddMonths(1).AddDays(14)).Count);
        Assert.Equal("club.full", Join(club, "too-many", Day.AddMonths(1).AddDays(14)).Refusal?.Rule);
    }

    [Fact]
    public void APersonIsAMemberOnceAtATimeButMayComeBack()
    {
        var club = new ClubScenario().Join("anne", Day);

        Assert.Equal("member.already", Join(club, "anne", Day.AddDays(5)).Refusal?.Rule);
        club.Leave("anne", Day.AddMonths(6));
        Assert.Equal("member.rejoin_after_leaving", Join(club, "anne", Day.AddMonths(5)).Refusal?.Rule);
        Assert.False(Join(club, "anne", Day.AddMonths(8)).IsRefused);
    }

    [Fact]
    public void AnUnknownOrErasedPersonCannotJoin()
    {
        var refusal = Join(new ClubScenario(), "ghost", Day, personKnown: false).Refusal;

        Assert.Equal((RefusalKind.NotFound, "person_id"), (refusal?.Kind, refusal?.Field));
    }

    [Fact]
    public void AnOfficerMustBeReplacedBeforeLeaving()
    {
        var club = new ClubScenario().Formed();

        var refusal = ClubRules.Leave(club.State, new LeaveClub("m2", Day), new ClubSettings(), ClubScenario.Today).Refusal;

        Assert.Equal("m2 is the club's treasurer: name another one before they leave", refusal?.Message);
        club.Officer(OfficerRole.Treasurer, "m4", Day);
        Assert.False(ClubRules.Leave(club.State, new LeaveClub("m2", Day), new ClubSettings(), ClubScenario.Today).IsRefused);
    }

    [Fact]
    public void OnlyACurrentMemberHoldsAnOfficeAndOnlyOne()
    {
        var club = new ClubScenario().Formed();

        var stranger = ClubRules.AssignOfficer(club.State, new AssignOfficer(OfficerRole.Secretary, "stranger", Day), club.Settings, ClubScenario.Today).Refusal;
        var twoOffices = ClubRules.AssignOfficer(club.State, new AssignOfficer(OfficerRole.Secretary, "m1", Day), club.Settings, ClubScenario.Today).Refusal;

        Assert.Equal("officer.member", stranger?.Rule);
        Assert.Equal(("officer.one_office", "m1 is already the club's manager: one office per member"), (twoOffices?.Rule, twoOffices?.Message));
    }

    [Fact]
    public void TheManagerIsElectedForOneYearAndMayBeRenewed()
    {
        var club = new ClubScenario().JoinMany(5, Day).Officer(OfficerRole.Manager, "m1", Day);
        Assert.Equal(new DateOnly(2025, 1, 31), club.State.Officers[OfficerRole.Manager].MandateEndsOn);

        // Renewed while running: a year more from its end.
        club.Then(state => ClubRules.RenewManagerMandate(state, new RenewManagerMandate(new DateOnly(2025, 1, 15)), club.Settings, ClubScenario.Today));
        Assert.Equal(new DateOnly(2026, 1, 31), club.State.Officers[OfficerRole.Manager].MandateEndsOn);

        // Renewed after it ended: a year from the renewal.
        club.Then(state => ClubRules.RenewManagerMandate(state, new RenewManagerMandate(new DateOnly(2026, 3, 1)), club.Settings, ClubScenario.Today));
        Assert.Equal(new DateOnly(2027, 2, 28), club.State.Officers[OfficerRole.Manager].MandateEndsOn);
    }

    [Fact]
    public void ThePageSaysWhenTheManagersMandateHasEnded()
    {
        var club = new ClubScenario().Formed(Day);

        var manager = ClubReports.Page(club.State, new DateOnly(2025, 2, 1))!.Officers.Single(officer => officer.Role == OfficerRole.Manager);

        Assert.Equal((new DateOnly(2025, 1, 31), true), (manager.MandateEndsOn, manager.MandateExpired));
    }

    [Fact]
    public void APersonMayBelongToSeveralClubsOverTime()
    {
        var first = new ClubScenario().Join("anne", Day).Leave("anne", Day.AddYears(1));
        var second = new ClubScenario().Join("anne", Day.AddMonths(6));

        Assert.True(first.State.IsMemberOn("anne", Day.AddMonths(7)) && second.State.IsMemberOn("anne", Day.AddMonths(7)));
    }
}
