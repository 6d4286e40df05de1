using Cigales.Clubs.Domain;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

public sealed class LifeCycleRules
{
    private static readonly DateOnly Start = new(2024, 3, 1);

    private static Decision<ClubEvent> Change(ClubScenario club, ClubStatus to, DateOnly on, string reason = "general meeting") =>
        ClubRules.ChangeStatus(club.State, new ChangeClubStatus(to, on, reason), club.Settings, ClubScenario.Today);

    [Fact]
    public void AFormedClubStartsInvestingAndItsJointOwnershipRunsFiveYears()
    {
        var decision = Change(new ClubScenario().Formed(), ClubStatus.Investing, Start);

        Assert.Equal(
            [new ClubStatusChanged(ClubStatus.Forming, ClubStatus.Investing, Start, "general meeting"), new JointOwnershipStarted(Start, new DateOnly(2029, 2, 28))],
            decision.Events);
    }

    [Fact]
    public void AFormingClubWithTooFewMembersCannotStartInvesting()
    {
        var club = new ClubScenario().JoinMany(4, ClubScenario.Created)
            .Officer(OfficerRole.Manager, "m1", ClubScenario.Created)
            .Officer(OfficerRole.Treasurer, "m2", ClubScenario.Created)
            .Officer(OfficerRole.Secretary, "m3", ClubScenario.Created);

        var refusal = Change(club, ClubStatus.Investing, Start).Refusal;

        Assert.Equal((RefusalKind.FailedPrecondition, "club.min_members"), (refusal?.Kind, refusal?.Rule));
        Assert.Equal("a forming club needs at least 5 members to start investing: it has 4 on 2024-03-01", refusal?.Message);
    }

    [Fact]
    public void TheMinimumIsASetting()
    {
        var club = new ClubScenario(new ClubSettings { MinMembers = 3 }).JoinMany(3, ClubScenario.Created)
            .Officer(OfficerRole.Manager, "m1", ClubScenario.Created)
            .Officer(OfficerRole.Treasurer, "m2", ClubScenario.Created)
            .Officer(OfficerRole.Secretary, "m3", ClubScenario.Created);

        Assert.False(Change(club, ClubStatus.Investing, Start).IsRefused);
    }

    [Fact]
    public void AFormingClubWithoutItsThreeOfficersCannotStartInvestingAndIsToldWhichAreMissing()
    {
        var club = new ClubScenario().JoinMany(6, ClubScenario.Created).Officer(OfficerRole.Manager, "m1", ClubScenario.Created);

        var refusal = Change(club, ClubStatus.Investing, Start).Refusal;

        Assert.Equal("club.officers", refusal?.Rule);
        Assert.EndsWith("missing on 2024-03-01: treasurer, secretary", refusal?.Message);
    }

    [Fact]
    public void AManagerWhoseMandateHasEndedDoesNotCount()
    {
        var refusal = Change(new ClubScenario().Formed(), ClubStatus.Investing, ClubScenario.Created.AddYears(1)).Refusal;

        Assert.EndsWith("manager", refusal?.Message);
    }

    [Fact]
    public void AClubGoesForwardOnlyAndSaysSo()
    {
        var club = new ClubScenario().Formed().Status(ClubStatus.Investing, Start);

        var refusal = Change(club, ClubStatus.Forming, Start.AddDays(1)).Refusal;

        Assert.Equal("an investing club cannot become forming: a club goes forming → investing → managing → dissolved", refusal?.Message);
        Assert.Equal((RefusalKind.FailedPrecondition, "to"), (refusal?.Kind, refusal?.Field));
        Assert.Equal("status.transition", Change(new ClubScenario().Formed(), ClubStatus.Managing, Start).Refusal?.Rule);
    }

    [Fact]
    public void ChangesAreDatedInOrderNotInTheFutureAndExplained()
    {
        var club = new ClubScenario().Formed().Status(ClubStatus.Investing, Start);

        Assert.Equal("status.in_order", Change(club, ClubStatus.Managing, Start.AddDays(-1)).Refusal?.Rule);
        Assert.Equal("date.not_future", Change(club, ClubStatus.Managing, ClubScenario.Today.AddDays(1)).Refusal?.Rule);
        Assert.Equal("reason", Change(club, ClubStatus.Managing, Start, reason: " ").Refusal?.Field);
        Assert.Equal("date.after_creation", Change(new ClubScenario().Formed(), ClubStatus.Investing, ClubScenario.Created.AddDays(-1)).Refusal?.Rule);
    }

    [Fact]
    public void FundsSetAsideKeepAClubInvestingUntilTheyAreSettled()
    {
        var club = Investing().Contribute("m1", new YearMonth(2024, 3), Money.FromCents(10_000)).Reserve("k1", Money.FromCents(5_000), Start.AddMonths(1));

        Assert.Equal("club.pending_reservations", Change(club, ClubStatus.Managing, Start.AddMonths(2)).Refusal?.Rule);
        club.Disburse("k1", Start.AddMonths(1));
        Assert.False(Change(club, ClubStatus.Managing, Start.AddMonths(2)).IsRefused);
    }

    [Fact]
    public void AClubWithStakesStillHeldCannotBeDissolved()
    {
        var club = Investing().Contribute("m1", new YearMonth(2024, 3), Money.FromCents(10_000))
            .Reserve("k1", Money.FromCents(6_000), Start.AddMonths(1)).Disburse("k1", Start.AddMonths(1))
            .Status(ClubStatus.Managing, Start.AddMonths(2));

        var refusal = Change(club, ClubStatus.Dissolved, Start.AddMonths(3)).Refusal;

        Assert.Equal(("club.stakes_held", "a club with stakes still held cannot be dissolved: it holds 60,00 €"), (refusal?.Rule, refusal?.Message));
    }

    [Fact]
    public void DissolvingPaysTheSavingsOutProRataAndClosesTheLedger()
    {
        var club = Investing()
            .Contribute("m1", new YearMonth(2024, 3), Money.FromCents(20_000))
            .Contribute("m2", new YearMonth(2024, 3), Money.FromCents(10_000))
            .Reserve("k1", Money.FromCents(30_000), Start.AddMonths(1)).Disburse("k1", Start.AddMonths(1))
            .Return("r1", "investment-k1", Money.FromCents(33_001), Start.AddMonths(6))
            .Status(ClubStatus.Managing, Start.AddMonths(7));

        var decision = Change(club, ClubStatus.Dissolved, Start.AddMonths(8));

        var payout = Assert.IsType<SavingsPaidOut>(decision.Events[1]);
        Assert.Equal([new LedgerLine("m1", 22_001), new LedgerLine("m2", 11_000)], payout.Payouts.OrderBy(line => line.Account));
        var dissolved = decision.Events.Aggregate(club.State, (state, @event) => state.Apply(@event));
        Assert.All(dissolved.Balances.Values, balance => Assert.Equal(Money.Zero, balance));
    }

    [Fact]
    public void AGroupThatNeverGotGoingMayBeDissolvedWhileForming()
    {
        Assert.False(Change(new ClubScenario().JoinMany(2, ClubScenario.Created), ClubStatus.Dissolved, Start).IsRefused);
    }

    [Fact]
    public void TheJointOwnershipIsRenewedOnceTenYearsAtMost()
    {
        var club = Investing();

        var renewed = ClubRules.RenewTerm(club.State, new RenewTerm(new DateOnly(2028, 6, 1)), club.Settings, new DateOnly(2030, 1, 1));
        club.Then(_ => renewed);
        var again = ClubRules.RenewTerm(club.State, new RenewTerm(new DateOnly(2028, 7, 1)), club.Settings, new DateOnly(2030, 1, 1));

        Assert.Equal(new JointOwnershipRenewed(new DateOnly(2028, 6, 1), new DateOnly(2034, 2, 28)), Assert.Single(renewed.Events));
        Assert.Equal(("term.renewals", "the joint ownership was already renewed: 10 years at most, until 2034-02-28"), (again.Refusal?.Rule, again.Refusal?.Message));
    }

    [Fact]
    public void AnEndedJointOwnershipCannotBeRenewed()
    {
        var club = Investing();

        var refusal = ClubRules.RenewTerm(club.State, new RenewTerm(new DateOnly(2029, 3, 1)), club.Settings, new DateOnly(2030, 1, 1)).Refusal;

        Assert.Equal("term.not_expired", refusal?.Rule);
    }

    [Theory]
    [InlineData("2029-02-28", false)]
    [InlineData("2029-03-01", true)]
    public void WhetherTheTermHasEndedDependsOnTheDateAsked(string asOf, bool expired)
    {
        var page = ClubReports.Page(Investing().State, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))!;

        Assert.Equal((new DateOnly(2029, 2, 28), expired), (page.Term!.End, page.Term.Expired));
    }

    private static ClubScenario Investing() => new ClubScenario().Formed().Status(ClubStatus.Investing, Start);
}
