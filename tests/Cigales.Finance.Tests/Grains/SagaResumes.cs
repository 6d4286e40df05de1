using Cigales.Clubs.Grains;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;
using Cigales.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Cigales.Finance.Tests.Grains;

/// <summary>
/// The saga interrupted at each step — the other grain did it, the investment did not record it —
/// is finished by the investment's reminder alone, nobody retrying: one reservation, one payment,
/// one return. A lost race is retried, not taken for a refusal; a cancellation gives everything back.
/// </summary>
[Collection(GrainCollection.Name)]
public sealed class SagaResumes(FinanceCluster cluster)
{
    private static readonly DateOnly Since = new(2024, 1, 15);
    private static readonly DateOnly Decided = new(2024, 3, 1);
    private static readonly DateOnly Paid = new(2024, 3, 10);

    [Theory]
    [InlineData(SagaStep.SetStakeAside)]
    [InlineData(SagaStep.SetFundsAside)]
    [InlineData(SagaStep.PayFromClub)]
    [InlineData(SagaStep.HoldStake)]
    public async Task AnInvestmentInterruptedAfterAStepIsFinishedByItsReminderAlone(SagaStep step)
    {
        var (club, enterprise) = await ClubAndEnterpriseAsync();
        var id = Guid.NewGuid().ToString("N");
        PlantedFaults.Plant(id, step.ToString(), PlantedFaults.Crash());

        await Assert.ThrowsAnyAsync<Exception>(() => Investment(id).RecordAsync(Equity(club, enterprise, Money.FromEuros(3_000), Paid)));
        Assert.Single((await Reminders().ReadRows(Investment(id).GetGrainId())).Reminders);
        var finished = await EventuallyAsync(id, investment => investment.Status == InvestmentStatus.Disbursed);

        Assert.Equal(Paid, finished.DisbursedOn);
        var ledger = (await cluster.Grains.GetGrain<IClubGrain>(club).GetLedgerAsync(Paid))!;
        Assert.Equal(["reservation", "disbursement"], ledger.Movements.Where(movement => movement.Key == id).Select(movement => movement.Kind));
        Assert.Equal(Money.FromCents(700_000), await cluster.Grains.GetGrain<IClubFundsGrain>(club).GetAvailableFundsAsync());
        await NoReminderLeftAsync(id);
    }

    [Fact]
    public async Task ARepaymentInterruptedAfterTheClubTookTheMoneyIsRecordedByTheReminderOnce()
    {
        var (club, enterprise) = await ClubAndEnterpriseAsync();
        var id = Guid.NewGuid().ToString("N");
        await Investment(id).RecordAsync(Equity(club, enterprise, Money.FromEuros(3_000), Paid));
        PlantedFaults.Plant(id, nameof(SagaStep.ReturnToClub), PlantedFaults.Crash());
        var key = Guid.NewGuid().ToString();

        await Assert.ThrowsAnyAsync<Exception>(() => Investment(id).RecordRepaymentAsync(new RecordRepayment(key, Money.FromEuros(500), new DateOnly(2024, 9, 1))));
        var repaid = await EventuallyAsync(id, investment => investment.Repaid.IsPositive);

        Assert.Equal((InvestmentStatus.PartlyRepaid, Money.FromEuros(500)), (repaid.Status, repaid.Repaid));
        var ledger = (await cluster.Grains.GetGrain<IClubGrain>(club).GetLedgerAsync(new DateOnly(2024, 12, 31)))!;
        Assert.Single(ledger.Movements, movement => movement.Key == key);
        Assert.Equal(Money.FromCents(750_000), await cluster.Grains.GetGrain<IClubFundsGrain>(club).GetAvailableFundsAsync());
        await NoReminderLeftAsync(id);
    }

    [Fact]
    public async Task ALostRaceOnTheWayIsRetriedAtOnceNotTakenForARefusal()
    {
        var (club, enterprise) = await ClubAndEnterpriseAsync();
        var id = Guid.NewGuid().ToString("N");
        PlantedFaults.Plant(id, nameof(SagaStep.SetFundsAside), new RefusedException(new Refusal(RefusalKind.Aborted, "", "stream.concurrent_write", "retry")));

        var investment = await Investment(id).RecordAsync(Equity(club, enterprise, Money.FromEuros(3_000), Paid));

        Assert.Equal(InvestmentStatus.Disbursed, investment.Status);
        var ledger = (await cluster.Grains.GetGrain<IClubGrain>(club).GetLedgerAsync(Paid))!;
        Assert.Equal(["reservation", "disbursement"], ledger.Movements.Where(movement => movement.Key == id).Select(movement => movement.Kind));
    }

    [Fact]
    public async Task ACancelledInvestmentGivesTheClubItsFundsAndTheEnterpriseItsStakeBack()
    {
        var (club, enterprise) = await ClubAndEnterpriseAsync(capital: Money.FromEuros(12_000));
        var id = Guid.NewGuid().ToString("N");
        await Investment(id).RecordAsync(Equity(club, enterprise, Money.FromEuros(3_000)));
        var key = Guid.NewGuid().ToString();

        var cancelled = await Investment(id).CancelAsync(new CancelInvestment(key, new DateOnly(2024, 4, 1), "le tour de table a échoué"));
        var again = await Investment(id).CancelAsync(new CancelInvestment(key, new DateOnly(2024, 4, 1), "le tour de table a échoué"));

        Assert.Equal((InvestmentStatus.Cancelled, "le tour de table a échoué", new DateOnly(2024, 4, 1)), (cancelled.Status, cancelled.AbandonedBecause, cancelled.ClosedOn));
        Assert.Equal(cancelled, again);
        var savings = (await cluster.Grains.GetGrain<IClubGrain>(club).GetPageAsync(new DateOnly(2024, 4, 1)))!.Savings;
        Assert.Equal((1_000_000L, 0L), (savings.AvailableFunds.Cents, savings.Committed.Cents));
        // The quarter of the SARL the stake held is free again: another club takes all of it.
        var other = await InvestingClubs.CreateAsync(cluster.Grains, cluster.Store, 1_000_000, Since);
        Assert.Equal(InvestmentStatus.Disbursed, (await Investment(Guid.NewGuid().ToString("N")).RecordAsync(Equity(other, enterprise, Money.FromEuros(3_000), Paid))).Status);
        await Assert.ThrowsAsync<RefusedException>(() => Investment(id).DisburseAsync(new DisburseInvestment(InvestmentState.DisbursementKey, null, Paid)));
        await NoReminderLeftAsync(id);
    }

    private IInvestmentGrain Investment(string id) => cluster.Grains.GetGrain<IInvestmentGrain>(id);

    private static RecordInvestment Equity(string club, string enterprise, Money amount, DateOnly? paid = null) =>
        new(club, enterprise, "", amount, Instrument.EquityShares, Decided, new Vote(5, 0, 0, VoteRule.Majority), paid);

    private async Task<(string Club, string Enterprise)> ClubAndEnterpriseAsync(Money? capital = null)
    {
        var club = await InvestingClubs.CreateAsync(cluster.Grains, cluster.Store, 1_000_000, Since);
        var enterprise = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IEnterpriseGrain>(enterprise).RegisterAsync(new RegisterEnterprise(
            "Les Jardins du Marais", "", "", LegalForm.Sarl, "Maraîchage", "Audomarois", "", "62", "", EnterpriseStage.Creation, capital ?? Money.FromEuros(100_000), ""));
        return (club, enterprise);
    }

    /// <summary>Waits, without calling anything that would resume the saga, until the investment's read reaches the state.</summary>
    private async Task<InvestmentSnapshot> EventuallyAsync(string id, Func<InvestmentSnapshot, bool> reached)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            if (await Investment(id).GetAsync() is { } investment && reached(investment))
            {
                return investment;
            }

            Assert.True(DateTime.UtcNow < deadline, $"investment {id} did not get there by its reminder");
            await Task.Delay(250);
        }
    }

    private IReminderTable Reminders() =>
        ((InProcessSiloHandle)cluster.Cluster.Primary!).SiloHost.Services.GetRequiredService<IReminderTable>();

    private async Task NoReminderLeftAsync(string id)
    {
        var reminders = Reminders();
        var grainId = Investment(id).GetGrainId();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await reminders.ReadRows(grainId)).Reminders.Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the saga's reminder was left behind");
            await Task.Delay(200);
        }
    }
}
