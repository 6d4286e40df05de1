using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Grains;

[Collection(GrainCollection.Name)]
public sealed class InvestmentSagaBehaviour(FinanceCluster cluster)
{
    private static readonly DateOnly Since = new(2024, 1, 15);
    private static readonly DateOnly Decided = new(2024, 3, 1);
    private static readonly DateOnly Paid = new(2024, 3, 10);
    private static readonly Vote Carried = new(4, 1, 0);

    private async Task<string> SarlAsync(Money capital, string holderId = "")
    {
        var id = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IEnterpriseGrain>(id).RegisterAsync(new RegisterEnterprise(
            "Plan BEEE", "", "", LegalForm.Sarl, "Éco-pâturage", "Febvin-Palfart", "", "62", "", EnterpriseStage.Creation, capital, holderId));
        return id;
    }

    private Task<string> ClubAsync(long savingsCents) => InvestingClubs.CreateAsync(cluster.Grains, cluster.Store, savingsCents, Since);

    private IInvestmentGrain Investment(string? id = null) => cluster.Grains.GetGrain<IInvestmentGrain>(id ?? Guid.NewGuid().ToString("N"));

    private static RecordInvestment Equity(string club, string enterprise, Money amount, DateOnly? paid = null) =>
        new(club, enterprise, "round-1", amount, Instrument.EquityShares, Decided, Carried, paid);

    [Fact]
    public async Task AnInvestmentTakesTheCashFromTheClubAsAStake()
    {
        var (club, enterprise) = (await ClubAsync(1_000_000), await SarlAsync(Money.FromEuros(100_000)));

        var investment = await Investment().RecordAsync(Equity(club, enterprise, Money.FromEuros(5_000), Paid));

        Assert.Equal((InvestmentStatus.Disbursed, Decided, Paid), (investment.Status, investment.CommittedOn, investment.DisbursedOn));
        var savings = (await cluster.Grains.GetGrain<IClubGrain>(club).GetPageAsync(Paid))!.Savings;
        Assert.Equal((500_000L, 0L, 500_000L), (savings.AvailableFunds.Cents, savings.Committed.Cents, savings.StakesHeld.Cents));
    }

    [Fact]
    public async Task ACommittedInvestmentIsPaidLater()
    {
        var (club, enterprise) = (await ClubAsync(1_000_000), await SarlAsync(Money.FromEuros(100_000)));
        var investment = Investment();

        var committed = await investment.RecordAsync(Equity(club, enterprise, Money.FromEuros(3_000)));
        var committedFunds = (await cluster.Grains.GetGrain<IClubGrain>(club).GetPageAsync(Decided))!.Savings.Committed.Cents;
        var disbursed = await investment.DisburseAsync(new DisburseInvestment(InvestmentState.DisbursementKey, null, Paid));

        Assert.Equal((InvestmentStatus.Committed, 300_000L), (committed.Status, committedFunds));
        Assert.Equal(InvestmentStatus.Disbursed, disbursed.Status);
        Assert.Equal(InvestmentStatus.Disbursed, (await investment.DisburseAsync(new DisburseInvestment(InvestmentState.DisbursementKey, null, Paid))).Status);
    }

    [Fact]
    public async Task ARetryWithTheSameKeyRecordsOneInvestmentAndOneDisbursement()
    {
        var (club, enterprise) = (await ClubAsync(1_000_000), await SarlAsync(Money.FromEuros(100_000)));
        var id = Guid.NewGuid().ToString("N");

        var first = await Investment(id).RecordAsync(Equity(club, enterprise, Money.FromEuros(4_000), Paid));
        var retry = await Investment(id).RecordAsync(Equity(club, enterprise, Money.FromEuros(4_000), Paid));
        var other = await Assert.ThrowsAsync<RefusedException>(() => Investment(id).RecordAsync(Equity(club, enterprise, Money.FromCents(1), Paid)));

        Assert.Equal(first, retry);
        Assert.Equal(RefusalKind.AlreadyExists, other.Kind);
        var ledger = (await cluster.Grains.GetGrain<IClubGrain>(club).GetLedgerAsync(Paid))!;
        Assert.Equal(1, ledger.Movements.Count(movement => movement.Kind == "reservation" && movement.Key == id));
        Assert.Equal(1, ledger.Movements.Count(movement => movement.Kind == "disbursement" && movement.Key == id));
    }

    [Fact]
    public async Task AnInvestmentBeyondTheClubsFundsIsAbandonedLeavingNothingBehind()
    {
        var (club, enterprise) = (await ClubAsync(100_000), await SarlAsync(Money.FromEuros(100_000)));
        var id = Guid.NewGuid().ToString("N");

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Investment(id).RecordAsync(Equity(club, enterprise, Money.FromEuros(2_000), Paid)));
        var again = await Assert.ThrowsAsync<RefusedException>(() => Investment(id).RecordAsync(Equity(club, enterprise, Money.FromEuros(2_000), Paid)));
        var abandoned = await Investment(id).GetAsync();

        Assert.Equal("funds.available", refused.Rule);
        Assert.Equal(refused.Refusal, again.Refusal);
        Assert.Equal(InvestmentStatus.Abandoned, abandoned!.Status);
        Assert.Equal(Money.FromCents(100_000), await cluster.Grains.GetGrain<IClubFundsGrain>(club).GetAvailableFundsAsync());
        // The stake the enterprise set aside was given back: the club's whole quarter is still there.
        var richer = await ClubAsync(10_000_000);
        Assert.Equal(InvestmentStatus.Disbursed, (await Investment().RecordAsync(Equity(richer, enterprise, Money.FromEuros(25_000), Paid))).Status);
    }

    [Fact]
    public async Task AnInvestmentNamingAnUnknownClubOrEnterpriseLeavesNoTrace()
    {
        var (club, enterprise) = (await ClubAsync(1_000_000), await SarlAsync(Money.FromEuros(100_000)));
        var (noClub, noEnterprise) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));

        var unknownClub = await Assert.ThrowsAsync<RefusedException>(() => Investment(noClub).RecordAsync(Equity(noClub, enterprise, Money.FromEuros(10), Paid)));
        // An enterprise's id is no club's: the id of another kind is as unknown.
        var otherKind = await Assert.ThrowsAsync<RefusedException>(() => Investment(noEnterprise).RecordAsync(Equity(club, club, Money.FromEuros(10), Paid)));

        Assert.Equal((RefusalKind.NotFound, "club_id"), (unknownClub.Kind, unknownClub.Field));
        Assert.Equal((RefusalKind.NotFound, "enterprise_id"), (otherKind.Kind, otherKind.Field));
        Assert.Null(await Investment(noClub).GetAsync());
        Assert.Null(await Investment(noEnterprise).GetAsync());
        // Nothing was set aside on either side: the enterprise's whole capital and the club's savings are still there.
        Assert.Equal(Money.FromCents(1_000_000), await cluster.Grains.GetGrain<IClubFundsGrain>(club).GetAvailableFundsAsync());
        Assert.Equal(InvestmentStatus.Disbursed, (await Investment().RecordAsync(Equity(club, enterprise, Money.FromEuros(10_000), Paid))).Status);
    }

    [Fact]
    public async Task OnlyAnInvestingClubInvests()
    {
        var enterprise = await SarlAsync(Money.FromEuros(100_000));
        var forming = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IClubGrain>(forming).RegisterAsync(new RegisterClub("Forming", "", "62", "", Since));

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Investment().RecordAsync(Equity(forming, enterprise, Money.FromEuros(10), Paid)));

        Assert.Equal(("club.investing", "a forming club does not invest yet"), (refused.Rule, refused.Message));
    }

    [Fact]
    public async Task TwoClubsInvestingConcurrentlyInTheLastQuarterOfAnSarlCannotBothGetIt()
    {
        var enterprise = await SarlAsync(Money.FromEuros(10_000));
        foreach (var cents in new[] { 250_000L, 250_000L, 250_000L })
        {
            await Investment().RecordAsync(Equity(await ClubAsync(cents), enterprise, Money.FromCents(cents), Paid));
        }

        var (first, second) = (await ClubAsync(250_000), await ClubAsync(250_000));
        var outcomes = await Task.WhenAll(new[] { first, second }.Select(async club =>
        {
            try
            {
                return (await Investment().RecordAsync(Equity(club, enterprise, Money.FromEuros(2_500), Paid))).Status.ToString();
            }
            catch (RefusedException refused)
            {
                return refused.Rule;
            }
        }));

        Assert.Equal(["Disbursed", "stake.capital"], outcomes.Order());
        var stakes = 0L;
        foreach (var club in new[] { first, second })
        {
            stakes += (await cluster.Grains.GetGrain<IClubGrain>(club).GetPageAsync(Paid))!.Savings.StakesHeld.Cents;
        }

        Assert.Equal(250_000, stakes);
    }

    [Fact]
    public async Task RepaymentsComeBackToTheClubAndAnExitBelowTheStakeIsALoss()
    {
        var (club, enterprise) = (await ClubAsync(1_000_000), await SarlAsync(Money.FromEuros(100_000)));
        var investment = Investment();
        await investment.RecordAsync(Equity(club, enterprise, Money.FromEuros(6_000), Paid));

        await investment.RecordRepaymentAsync(new RecordRepayment("r1", Money.FromEuros(1_000), new DateOnly(2025, 3, 10)));
        var exited = await investment.ExitAsync(new RecordRepayment("exit", Money.FromEuros(3_000), new DateOnly(2025, 9, 10)));

        var savings = (await cluster.Grains.GetGrain<IClubGrain>(club).GetPageAsync(new DateOnly(2025, 12, 31)))!.Savings;
        Assert.Equal((InvestmentStatus.Exited, Money.FromEuros(4_000)), (exited.Status, exited.Repaid));
        Assert.Equal((800_000L, 0L, -200_000L), (savings.AvailableFunds.Cents, savings.StakesHeld.Cents, savings.Gains.Cents));
    }

    [Fact]
    public async Task AWriteOffClosesTheStakeAsALoss()
    {
        var (club, enterprise) = (await ClubAsync(1_000_000), await SarlAsync(Money.FromEuros(100_000)));
        var investment = Investment();
        await investment.RecordAsync(Equity(club, enterprise, Money.FromEuros(6_000), Paid));

        var writtenOff = await investment.WriteOffAsync(new WriteOffInvestment("w1", new DateOnly(2025, 6, 1)));
        var retried = await investment.WriteOffAsync(new WriteOffInvestment("w1", new DateOnly(2025, 6, 1)));

        var savings = (await cluster.Grains.GetGrain<IClubGrain>(club).GetPageAsync(new DateOnly(2025, 6, 1)))!.Savings;
        Assert.Equal(InvestmentStatus.WrittenOff, writtenOff.Status);
        Assert.Equal(writtenOff, retried);
        Assert.Equal((400_000L, 0L, -600_000L), (savings.AvailableFunds.Cents, savings.StakesHeld.Cents, savings.Gains.Cents));
    }

    [Fact]
    public async Task TheHolderWhoseEnterpriseIsFinancedReachesFinanced()
    {
        var holder = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IProjectHolderGrain>(holder).RegisterAsync(new RegisterProjectHolder("Plan BEEE", "Éco-pâturage", "Febvin-Palfart", "", new DateOnly(2023, 11, 1)));
        var (club, enterprise) = (await ClubAsync(1_000_000), await SarlAsync(Money.FromEuros(100_000), holder));

        await Investment().RecordAsync(Equity(club, enterprise, Money.FromEuros(1_000), Paid));

        var financed = (await cluster.Grains.GetGrain<IProjectHolderGrain>(holder).GetAsync())!;
        Assert.Equal((PipelineStage.Financed, Paid), (financed.Stage, financed.Steps[^1].On));
        Assert.Equal([club], financed.Steps[^1].ClubIds);
    }
}
