using Cigales.Clubs.Domain;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

public sealed class SavingsRules
{
    private static readonly DateOnly Day = new(2024, 2, 1);
    private static readonly YearMonth February = new(2024, 2);

    [Fact]
    public void AContributionIsABalancedMovementFromTheMemberToTheClubsCash()
    {
        var club = new ClubScenario().Join("anne", Day);

        var decision = ClubRules.RecordContribution(club.State, new RecordContribution("k1", "anne", February, Money.FromCents(3_000), new DateOnly(2024, 2, 5)), ClubScenario.Today);

        var recorded = Assert.IsType<ContributionRecorded>(Assert.Single(decision.Events));
        Assert.Equal([new LedgerLine(Ledger.Cash, 3_000), new LedgerLine("savings:anne", -3_000)], recorded.Postings);
        Assert.Equal(Money.Zero, Ledger.Sum(recorded.Postings));
    }

    [Fact]
    public void TheSameContributionAgainUnderItsKeyChangesNothingAndAnotherUnderItIsRefused()
    {
        var club = new ClubScenario().Join("anne", Day).Contribute("anne", February, Money.FromCents(3_000), new DateOnly(2024, 2, 5), key: "k1");

        var retry = ClubRules.RecordContribution(club.State, new RecordContribution("k1", "anne", February, Money.FromCents(3_000), new DateOnly(2024, 2, 5)), ClubScenario.Today);
        var other = ClubRules.RecordContribution(club.State, new RecordContribution("k1", "anne", February, Money.FromCents(3_500), new DateOnly(2024, 2, 5)), ClubScenario.Today);

        Assert.Equal((false, 0), (retry.IsRefused, retry.Events.Count));
        Assert.Equal((RefusalKind.AlreadyExists, "request_id"), (other.Refusal?.Kind, other.Refusal?.Field));
        Assert.Equal("this key already recorded 30,00 € from anne for 2024-02", other.Refusal?.Message);
    }

    [Fact]
    public void OnlyAMemberDuringTheMonthContributesForIt()
    {
        var club = new ClubScenario().Join("anne", new DateOnly(2024, 3, 15));

        var refusal = ClubRules.RecordContribution(club.State, new RecordContribution("k", "anne", February, Money.FromCents(3_000), Day), ClubScenario.Today).Refusal;

        Assert.Equal("anne is not a member of the club in 2024-02", refusal?.Message);
    }

    [Fact]
    public void AManagingClubCollectsNoSavings()
    {
        var club = new ClubScenario().Formed().Status(ClubStatus.Investing, Day).Status(ClubStatus.Managing, Day.AddMonths(1));

        var refusal = ClubRules.RecordContribution(club.State, new RecordContribution("k", "m1", February, Money.FromCents(3_000), Day), ClubScenario.Today).Refusal;

        Assert.Equal(("club.collects", "a managing club collects no savings"), (refusal?.Rule, refusal?.Message));
    }

    [Fact]
    public void ArrearsCountEachEndedMonthAtThePledgeInForce()
    {
        var club = new ClubScenario()
            .Join("anne", new DateOnly(2024, 1, 20))
            .Pledge("anne", Money.FromCents(2_000), new YearMonth(2024, 1))
            .Pledge("anne", Money.FromCents(3_000), new YearMonth(2024, 4))
            .Contribute("anne", new YearMonth(2024, 1), Money.FromCents(2_000))
            .Contribute("anne", new YearMonth(2024, 2), Money.FromCents(2_000))
            .Contribute("anne", new YearMonth(2024, 6), Money.FromCents(3_000), paidOn: new DateOnly(2024, 4, 2));

        // By 30 April: Jan–Mar at 20 € and April at 30 € are due (90 €); 40 € paid for them.
        var line = Arrears.LineFor(club.State, "anne", new DateOnly(2024, 4, 30));
        // On 29 April, April is not due yet.
        var before = Arrears.LineFor(club.State, "anne", new DateOnly(2024, 4, 29));

        Assert.Equal(new ArrearsLine("anne", Money.FromCents(9_000), Money.FromCents(4_000), Money.FromCents(5_000)), line);
        Assert.Equal(new ArrearsLine("anne", Money.FromCents(6_000), Money.FromCents(4_000), Money.FromCents(2_000)), before);
    }

    [Fact]
    public void AMemberOwesNothingForMonthsAfterLeavingNorOnceTheClubStoppedCollecting()
    {
        var club = new ClubScenario().Formed(ClubScenario.Created)
            .Pledge("m4", Money.FromCents(1_000), new YearMonth(2024, 1))
            .Pledge("m5", Money.FromCents(1_000), new YearMonth(2024, 1))
            .Leave("m5", new DateOnly(2024, 3, 1))
            .Status(ClubStatus.Investing, new DateOnly(2024, 1, 11))
            .Status(ClubStatus.Managing, new DateOnly(2024, 6, 10));

        var report = Arrears.Compute(club.State, new DateOnly(2024, 12, 31));

        Assert.Equal(Money.FromCents(5_000), report.Lines.Single(line => line.MemberId == "m4").Due);
        Assert.Equal(Money.FromCents(2_000), report.Lines.Single(line => line.MemberId == "m5").Due);
        Assert.Equal(Money.FromCents(7_000), report.TotalArrears);
    }

    [Fact]
    public void SharesFollowContributionsAndAddUpToTheSavingsToTheCent()
    {
        var three = new ClubScenario().JoinMany(3, Day)
            .Contribute("m1", February, Money.FromCents(1_000))
            .Contribute("m2", February, Money.FromCents(1_000))
            .Contribute("m3", February, Money.FromCents(1_001));

        var shares = SavingsShares.Compute(three.State, new DateOnly(2024, 3, 1));

        Assert.Equal(Money.FromCents(3_001), shares.Values.Sum());
        Assert.Equal(new Dictionary<string, Money> { ["m1"] = Money.FromCents(1_000), ["m2"] = Money.FromCents(1_000), ["m3"] = Money.FromCents(1_001) }, shares);
    }

    [Fact]
    public void AGainIsSharedProRataWithTheLeftOverCentsToTheLargestRemainders()
    {
        var club = new ClubScenario().Formed(Day).Status(ClubStatus.Investing, Day)
            .Contribute("m1", February, Money.FromCents(1_000))
            .Contribute("m2", February, Money.FromCents(1_000))
            .Contribute("m3", February, Money.FromCents(1_000))
            .Reserve("k", Money.FromCents(3_000), new DateOnly(2024, 3, 1)).Disburse("k", new DateOnly(2024, 3, 1))
            .Return("r", "investment-k", Money.FromCents(3_100), new DateOnly(2024, 6, 1));

        var shares = SavingsShares.Compute(club.State, new DateOnly(2024, 6, 1));
        var beforeTheReturn = SavingsShares.Compute(club.State, new DateOnly(2024, 5, 31));

        Assert.Equal(new Dictionary<string, Money> { ["m1"] = Money.FromCents(1_034), ["m2"] = Money.FromCents(1_033), ["m3"] = Money.FromCents(1_033) }, shares);
        Assert.Equal(Money.FromCents(3_000), beforeTheReturn.Values.Sum());
    }
}
