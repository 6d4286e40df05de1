using Cigales.Clubs.Grains;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.GrainInterfaces;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Grains;

/// <summary>An investment paid in several payments: the club's committed funds become stakes payment by payment.</summary>
[Collection(GrainCollection.Name)]
public sealed class PartialDisbursements(FinanceCluster cluster)
{
    private static readonly DateOnly Since = new(2024, 1, 15);
    private static readonly DateOnly Decided = new(2024, 3, 1);

    private async Task<(string Club, IInvestmentGrain Investment)> CommittedAsync(long cents)
    {
        var club = await InvestingClubs.CreateAsync(cluster.Grains, cluster.Store, 1_000_000, Since);
        var enterprise = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IEnterpriseGrain>(enterprise).RegisterAsync(new RegisterEnterprise(
            "Littoral Bio", "", "", LegalForm.Scop, "Traiteur bio", "Saint-Martin", "", "62", "", EnterpriseStage.Creation, Money.FromEuros(100_000), ""));
        var investment = cluster.Grains.GetGrain<IInvestmentGrain>(Guid.NewGuid().ToString("N"));
        await investment.RecordAsync(new RecordInvestment(club, enterprise, "", Money.FromCents(cents), Instrument.EquityShares, Decided, new Vote(3, 1, 1, VoteRule.Majority)));
        return (club, investment);
    }

    private async Task<(long Available, long Committed, long Stakes)> SavingsAsync(string club)
    {
        var savings = (await cluster.Grains.GetGrain<IClubGrain>(club).GetPageAsync(new DateOnly(2025, 12, 31)))!.Savings;
        return (savings.AvailableFunds.Cents, savings.Committed.Cents, savings.StakesHeld.Cents);
    }

    [Fact]
    public async Task EachPaymentMovesItsAmountFromCommittedToStakesAtTheClub()
    {
        var (club, investment) = await CommittedAsync(300_000);

        var first = await investment.DisburseAsync(new DisburseInvestment("p1", Money.FromCents(7_500), new DateOnly(2024, 4, 1)));
        var afterFirst = await SavingsAsync(club);
        var last = await investment.DisburseAsync(new DisburseInvestment(InvestmentState.DisbursementKey, null, new DateOnly(2025, 2, 1)));

        Assert.Equal((InvestmentStatus.PartlyDisbursed, 292_500L), (first.Status, first.StillToDisburse.Cents));
        Assert.Equal((700_000L, 292_500L, 7_500L), afterFirst);
        Assert.Equal((InvestmentStatus.Disbursed, (DateOnly?)new DateOnly(2025, 2, 1), 2), (last.Status, last.DisbursedOn, last.Payments.Count));
        Assert.Equal((700_000L, 0L, 300_000L), await SavingsAsync(club));
    }

    [Fact]
    public async Task APaymentBeyondWhatRemainsIsRefusedAndMovesNothing()
    {
        var (club, investment) = await CommittedAsync(300_000);
        await investment.DisburseAsync(new DisburseInvestment("p1", Money.FromCents(100_000), new DateOnly(2024, 4, 1)));

        var refused = await Assert.ThrowsAsync<RefusedException>(() => investment.DisburseAsync(new DisburseInvestment("p2", Money.FromCents(200_001), new DateOnly(2024, 5, 1))));

        Assert.Equal("disbursement.within_commitment", refused.Rule);
        Assert.Equal((700_000L, 200_000L, 100_000L), await SavingsAsync(club));
    }

    [Fact]
    public async Task ThePaymentAgainUnderItsKeyPaysNothingMore()
    {
        var (club, investment) = await CommittedAsync(300_000);
        var payment = new DisburseInvestment("p1", Money.FromCents(100_000), new DateOnly(2024, 4, 1));

        var first = await investment.DisburseAsync(payment);
        var again = await investment.DisburseAsync(payment);

        Assert.Equal(first, again);
        Assert.Equal((700_000L, 200_000L, 100_000L), await SavingsAsync(club));
    }
}
