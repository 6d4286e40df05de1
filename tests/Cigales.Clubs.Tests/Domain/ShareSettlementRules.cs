using Cigales.Clubs.Domain;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

/// <summary>
/// A departing member's share (DOMAIN.md "Leaving"): kept until the liquidation, or bought by the
/// other members (the club pays from its cash) or by a newcomer, at their contributions or their
/// pro-rata share of the club's savings — recorded in the ledger, balanced, once per key, and
/// every member's share as of any date still adding up to the club's savings.
/// </summary>
public sealed class ShareSettlementRules
{
    private static readonly DateOnly Leaving = new(2024, 9, 1);

    /// <summary>Six members; m4 contributed 60 €, m5 40 €.</summary>
    private static ClubScenario Investing() => new ClubScenario().Formed().Join("m6", ClubScenario.Created)
        .Status(ClubStatus.Investing, new DateOnly(2024, 2, 1))
        .Contribute("m4", new YearMonth(2024, 2), Money.FromCents(6_000))
        .Contribute("m5", new YearMonth(2024, 2), Money.FromCents(4_000));

    /// <summary>The same club after an investment of 50 € came back as 70 €: 120 € of savings.</summary>
    private static ClubScenario WithAGain() => Investing()
        .Reserve("inv-1", Money.FromCents(5_000), new DateOnly(2024, 3, 1))
        .Disburse("inv-1", new DateOnly(2024, 3, 1))
        .Return("back-1", "investment-inv-1", Money.FromCents(7_000), new DateOnly(2024, 6, 1));

    private static Decision<ClubEvent> Leave(ClubScenario club, ShareSettlement? settlement, string key = "leave-m4", string member = "m4") =>
        ClubRules.Leave(club.State, new LeaveClub(member, Leaving, settlement, key), club.Settings, ClubScenario.Today);

    private static ClubScenario Left(ClubScenario club, ShareSettlement? settlement) => club.Then(_ => Leave(club, settlement));

    [Fact]
    public void BoughtByTheOtherMembersAtTheirContributionsTheClubPaysThemAndTheirShareGoesToTheOthers()
    {
        var club = Left(Investing(), new ShareSettlement(SettlementKind.BoughtByMembers, ShareValue.Contributions));

        var settled = Assert.IsType<ShareSettled>(club.State.Movements[^1]);
        Assert.Equal((Money.FromCents(6_000), Leaving), (settled.Owed, settled.On));
        Assert.Equal([LedgerLine.Of("savings:m4", Money.FromCents(6_000)), LedgerLine.Of("cash", Money.FromCents(-6_000))], settled.Postings);
        Assert.Equal(Money.FromCents(4_000), club.State.AvailableFunds);
        var shares = SavingsShares.Compute(club.State, Leaving);
        Assert.Equal((Money.Zero, Money.FromCents(4_000)), (shares["m4"], shares["m5"]));
        Assert.Equal(Money.FromCents(6_000), SavingsShares.Compute(club.State, Leaving.AddDays(-1))["m4"]);
    }

    [Fact]
    public void AtTheirShareOfThePortfolioTheyAreOwedTheirPartOfTheGainsAndTheLedgerStaysBalanced()
    {
        var club = Left(WithAGain(), new ShareSettlement(SettlementKind.BoughtByMembers, ShareValue.PortfolioShare));

        var settled = Assert.IsType<ShareSettled>(club.State.Movements[^1]);
        Assert.Equal(Money.FromCents(7_200), settled.Owed);
        Assert.Equal(
            [LedgerLine.Of("savings:m4", Money.FromCents(6_000)), LedgerLine.Of("cash", Money.FromCents(-7_200)), LedgerLine.Of("gains", Money.FromCents(1_200))],
            settled.Postings);
        Assert.Equal(Money.Zero, club.State.Balances.Values.Sum());
        Assert.Equal(Money.FromCents(4_800), SavingsShares.Compute(club.State, Leaving)["m5"]);
    }

    [Fact]
    public void BoughtByANewcomerTheSavingsAndTheSharePassToThem()
    {
        var club = Left(WithAGain(), new ShareSettlement(SettlementKind.BoughtByNewcomer, ShareValue.PortfolioShare, "m6"));

        var settled = Assert.IsType<ShareSettled>(club.State.Movements[^1]);
        Assert.Equal((Money.FromCents(7_200), "m6"), (settled.Owed, settled.BuyerId));
        Assert.Equal([LedgerLine.Of("savings:m4", Money.FromCents(6_000)), LedgerLine.Of("savings:m6", Money.FromCents(-6_000))], settled.Postings);
        Assert.Equal(Money.FromCents(12_000), club.State.AvailableFunds);
        var shares = SavingsShares.Compute(club.State, Leaving);
        Assert.Equal((Money.Zero, Money.FromCents(7_200), Money.FromCents(4_800)), (shares["m4"], shares["m6"], shares["m5"]));
    }

    [Fact]
    public void KeptTheShareStaysTheMembersUntilTheLiquidation()
    {
        var club = Left(Investing(), null);

        Assert.IsType<MemberLeft>(club.State.Departures[^1]);
        Assert.Equal(Money.FromCents(6_000), SavingsShares.Compute(club.State, ClubScenario.Today)["m4"]);
    }

    [Fact]
    public void TheSameDepartureAgainUnderItsKeyChangesNothingAndTheKeyWithAnotherSettlementIsRefused()
    {
        var bought = new ShareSettlement(SettlementKind.BoughtByMembers, ShareValue.Contributions);
        var club = Left(Investing(), bought);

        Assert.Equal((false, 0), (Leave(club, bought).IsRefused, Leave(club, bought).Events.Count));
        var other = Leave(club, bought with { Value = ShareValue.PortfolioShare }).Refusal;
        Assert.Equal((RefusalKind.AlreadyExists, "funds.key_reused"), (other?.Kind, other?.Rule));
    }

    [Theory]
    [InlineData(SettlementKind.BoughtByNewcomer, "", "leave-m4", "buyer_id", "settlement.buyer")]
    [InlineData(SettlementKind.BoughtByNewcomer, "stranger", "leave-m4", "buyer_id", "settlement.buyer_member")]
    [InlineData(SettlementKind.BoughtByNewcomer, "m4", "leave-m4", "buyer_id", "settlement.buyer_member")]
    [InlineData(SettlementKind.BoughtByMembers, "m6", "leave-m4", "buyer_id", "settlement.buyer")]
    [InlineData(SettlementKind.BoughtByMembers, "", "", "request_id", "key.required")]
    public void ABoughtShareNeedsItsBuyerAndAKeyAndNothingIsRecordedOtherwise(SettlementKind kind, string buyer, string key, string field, string rule)
    {
        var decision = Leave(Investing(), new ShareSettlement(kind, ShareValue.Contributions, buyer), key);

        Assert.Equal((field, rule, 0), (decision.Refusal?.Field, decision.Refusal?.Rule, decision.Events.Count));
    }

    [Fact]
    public void TheOtherMembersCannotBuyAShareWithMoreThanTheClubsAvailableFunds()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(9_000), new DateOnly(2024, 3, 1));

        var refusal = Leave(club, new ShareSettlement(SettlementKind.BoughtByMembers, ShareValue.Contributions)).Refusal;

        Assert.Equal(("funds.available", "paying m4 60,00 € for their share would leave the available funds negative: 10,00 € available"), (refusal?.Rule, refusal?.Message));
    }
}
