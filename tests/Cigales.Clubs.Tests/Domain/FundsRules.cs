using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

public sealed class FundsRules
{
    private static readonly DateOnly Start = new(2024, 3, 1);
    private static readonly DateOnly Later = new(2024, 5, 1);

    /// <summary>An investing club with 100 € of savings.</summary>
    private static ClubScenario Investing() => new ClubScenario().Formed().Status(ClubStatus.Investing, Start)
        .Contribute("m1", new YearMonth(2024, 3), Money.FromCents(6_000))
        .Contribute("m2", new YearMonth(2024, 3), Money.FromCents(4_000));

    private static Decision<ClubEvent> Reserve(ClubScenario club, Money amount, string key = "inv-1") =>
        ClubRules.Reserve(club.State, new ReserveFunds(key, "investment-1", "archiverre", amount, Later, ClubScenario.Carried), ClubScenario.Today);

    [Fact]
    public void ReservingSetsCashAsideForTheInvestment()
    {
        var club = Investing().Then(state => ClubRules.Reserve(state, new ReserveFunds("inv-1", "investment-1", "archiverre", Money.FromCents(7_000), Later, ClubScenario.Carried), ClubScenario.Today));

        Assert.Equal((Money.FromCents(3_000), Money.FromCents(7_000)), (club.State.AvailableFunds, club.State.PendingReservations));
    }

    [Fact]
    public void AReservationThatWouldLeaveTheFundsNegativeIsRefused()
    {
        var refusal = Reserve(Investing(), Money.FromCents(10_001)).Refusal;

        Assert.Equal((RefusalKind.FailedPrecondition, "funds.available"), (refusal?.Kind, refusal?.Rule));
        Assert.Equal("setting aside 100,01 € would leave the available funds negative: 100,00 € available", refusal?.Message);
    }

    [Theory]
    [InlineData(ClubStatus.Forming, "a forming club does not invest yet")]
    [InlineData(ClubStatus.Managing, "a managing club takes no new stake")]
    public void OnlyAnInvestingClubReserves(ClubStatus status, string reason)
    {
        var club = status == ClubStatus.Forming
            ? new ClubScenario().Formed().Contribute("m1", new YearMonth(2024, 2), Money.FromCents(1_000))
            : Investing().Status(ClubStatus.Managing, Later);

        var refusal = ClubRules.Reserve(club.State, new ReserveFunds("k", "i", "e", Money.FromCents(100), Later, ClubScenario.Carried), ClubScenario.Today).Refusal;

        Assert.Equal(("club.investing", reason), (refusal?.Rule, refusal?.Message));
    }

    [Fact]
    public void ADisbursementTurnsTheReservationIntoAStakeHeld()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(7_000), Later).Disburse("inv-1", Later);

        Assert.Equal((Money.FromCents(3_000), Money.Zero, Money.FromCents(7_000)), (club.State.AvailableFunds, club.State.PendingReservations, club.State.StakesHeld["investment-inv-1"]));
    }

    [Fact]
    public void AReleaseMakesTheFundsAvailableAgainAndCannotBeFollowedByADisbursement()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(7_000), Later)
            .Then(state => ClubRules.ReleaseReservation(state, new ReleaseReservation("inv-1", Later, "the round did not close"), ClubScenario.Today));

        var refusal = ClubRules.ConfirmDisbursement(club.State, new ConfirmDisbursement("inv-1", Later), ClubScenario.Today).Refusal;

        Assert.Equal(Money.FromCents(10_000), club.State.AvailableFunds);
        Assert.Equal("the funds set aside under 'inv-1' were released", refusal?.Message);
    }

    [Fact]
    public void EachStepOfTheSagaIsIdempotentByItsKey()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(7_000), Later).Disburse("inv-1", Later);

        var reserveAgain = ClubRules.Reserve(club.State, new ReserveFunds("inv-1", "investment-inv-1", "archiverre", Money.FromCents(7_000), Later, ClubScenario.Carried), ClubScenario.Today);
        var disburseAgain = ClubRules.ConfirmDisbursement(club.State, new ConfirmDisbursement("inv-1", Later), ClubScenario.Today);
        var reserveOther = ClubRules.Reserve(club.State, new ReserveFunds("inv-1", "investment-inv-1", "archiverre", Money.FromCents(8_000), Later, ClubScenario.Carried), ClubScenario.Today);

        Assert.Equal((false, 0), (reserveAgain.IsRefused, reserveAgain.Events.Count));
        Assert.Equal((false, 0), (disburseAgain.IsRefused, disburseAgain.Events.Count));
        Assert.Equal((RefusalKind.AlreadyExists, "funds.key_reused"), (reserveOther.Refusal?.Kind, reserveOther.Refusal?.Rule));
    }

    [Fact]
    public void MoneyReturnedRepaysTheStakeFirstThenCountsAsAGain()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(7_000), Later).Disburse("inv-1", Later)
            .Return("r1", "investment-inv-1", Money.FromCents(5_000), Later.AddMonths(6))
            .Return("r2", "investment-inv-1", Money.FromCents(2_500), Later.AddMonths(12));

        Assert.Equal((Money.FromCents(10_500), Money.Zero, Money.FromCents(-500)), (club.State.AvailableFunds, club.State.StakesHeld["investment-inv-1"], club.State.BalanceOf(Ledger.Gains)));
    }

    [Fact]
    public void AManagingClubStillReceivesReturns()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(7_000), Later).Disburse("inv-1", Later).Status(ClubStatus.Managing, Later.AddMonths(1));

        Assert.False(ClubRules.RecordReturn(club.State, new RecordReturn("r", "investment-inv-1", Money.FromCents(1_000), Later.AddMonths(2)), ClubScenario.Today).IsRefused);
    }

    [Fact]
    public void AReturnFromAnInvestmentTheClubNeverPaidIntoIsRefused()
    {
        var refusal = ClubRules.RecordReturn(Investing().State, new RecordReturn("r", "elsewhere", Money.FromCents(1_000), Later), ClubScenario.Today).Refusal;

        Assert.Equal((RefusalKind.NotFound, "investment_id"), (refusal?.Kind, refusal?.Field));
    }

    [Fact]
    public void AWriteOffClosesWhatRemainsOfAStakeAsALoss()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(7_000), Later).Disburse("inv-1", Later)
            .Return("r1", "investment-inv-1", Money.FromCents(2_000), Later.AddMonths(6))
            .Then(state => ClubRules.WriteOffStake(state, new WriteOffStake("w1", "investment-inv-1", Later.AddMonths(7)), ClubScenario.Today));

        Assert.Equal((Money.Zero, Money.FromCents(5_000)), (club.State.StakesHeld["investment-inv-1"], club.State.BalanceOf(Ledger.Gains)));
        Assert.Equal(Money.FromCents(5_000), ClubReports.Page(club.State, Later.AddMonths(8))!.Savings.ClubSavings);
    }

    [Fact]
    public void SponsorsAreOneOrTwoCurrentMembersForAnEnterpriseTheClubFinances()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(7_000), Later);
        NameSponsors Named(params string[] sponsors) => new("archiverre", sponsors, Later);

        Assert.False(ClubRules.NameSponsors(club.State, Named("m1", "m4"), ClubScenario.Today).IsRefused);
        Assert.Equal("sponsorship.one_or_two", ClubRules.NameSponsors(club.State, Named("m1", "m2", "m3"), ClubScenario.Today).Refusal?.Rule);
        Assert.Equal("sponsorship.member", ClubRules.NameSponsors(club.State, Named("stranger"), ClubScenario.Today).Refusal?.Rule);
        Assert.Equal("sponsorship.financed",
            ClubRules.NameSponsors(club.State, new NameSponsors("elsewhere", ["m1"], Later), ClubScenario.Today).Refusal?.Rule);
    }

    [Fact]
    public void ASponsorshipKeepsADatedFollowUpLog()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(7_000), Later)
            .Then(state => ClubRules.NameSponsors(state, new NameSponsors("archiverre", ["m1"], Later), ClubScenario.Today))
            .Then(state => ClubRules.NoteFollowUp(state, new NoteFollowUp("archiverre", Later.AddMonths(3), "m1", "visited the workshop"), ClubScenario.Today));

        var sponsorship = Assert.Single(ClubReports.Page(club.State, ClubScenario.Today)!.Sponsorships);

        Assert.Equal(new FollowUpView(Later.AddMonths(3), "m1", "visited the workshop"), Assert.Single(sponsorship.FollowUps));
        Assert.Equal("sponsorship.exists",
            ClubRules.NoteFollowUp(club.State, new NoteFollowUp("elsewhere", Later, "", "x"), ClubScenario.Today).Refusal?.Rule);
    }
}
