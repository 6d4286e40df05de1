using Cigales.Clubs.Grains;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.GrainInterfaces;
using Cigales.SharedKernel;
using CsCheck;

namespace Cigales.Finance.Tests.Grains;

/// <summary>
/// Money is conserved across the services: whatever the sequence of contributions, investments,
/// repayments and write-offs, a club owns (cash, funds set aside, stakes) exactly what its members
/// contributed, plus what came back beyond the stakes, minus what was written off — to the cent.
/// The expected figures are kept here, apart from the clubs' ledger, from the steps that were
/// accepted.
/// </summary>
[Collection(GrainCollection.Name)]
public sealed class MoneyConservation(FinanceCluster cluster)
{
    private static readonly DateOnly Since = new(2023, 1, 10);

    /// <param name="Kind">0-2 contribution, 3-5 investment, 6-7 repayment, 8 write-off.</param>
    private sealed record Step(int Kind, long Cents, int Pick);

    /// <summary>
    /// Every sequence starts with savings and an investment, so that the random repayments and
    /// write-offs after them have a stake to act on: without it a run could draw no accepted
    /// write-off at all, and the property would say nothing about them.
    /// </summary>
    private static readonly Step[] Start = [new(0, 300_000, 0), new(3, 100_000, 0)];

    private static readonly Gen<Step[]> Sequences =
        Gen.Select(Gen.Int[0, 8], Gen.Long[1, 300_000], Gen.Int[0, 100], (kind, cents, pick) => new Step(kind, cents, pick)).Array[1, 18];

    private sealed class Expected
    {
        public long Contributed { get; set; }

        public List<(IInvestmentGrain Grain, long Staked, long Returned, bool WrittenOff)> Investments { get; } = [];

        public long Gains => Investments.Sum(i => Math.Max(0, i.Returned - i.Staked));

        public long WrittenOff => Investments.Where(i => i.WrittenOff).Sum(i => Math.Max(0, i.Staked - i.Returned));

        public long StakesHeld => Investments.Where(i => !i.WrittenOff).Sum(i => Math.Max(0, i.Staked - i.Returned));
    }

    [Fact]
    public async Task AClubOwnsWhatWasContributedPlusGainsMinusWriteOffsWhateverHappens()
    {
        var enterprise = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IEnterpriseGrain>(enterprise).RegisterAsync(new RegisterEnterprise(
            "Pépinière fruitière", "", "", LegalForm.Couveuse, "Pépinière fruitière", "Lestrem", "", "62", "", EnterpriseStage.Creation, null, ""));

        // How many steps of each kind were accepted: the property says nothing if none ever is.
        var accepted = new int[4];
        await Sequences.SampleAsync(async steps =>
        {
            var club = await InvestingClubs.CreateAsync(cluster.Grains, cluster.Store, 0, Since);
            var member = (await cluster.Grains.GetGrain<IClubGrain>(club).GetPageAsync(Since))!.Members[0].MemberId;
            var expected = new Expected();
            var day = Since;
            foreach (var step in Start.Concat(steps))
            {
                day = day.AddDays(5);
                if (await ApplyAsync(step, club, member, enterprise, day, expected) is { } kind)
                {
                    accepted[kind]++;
                }
            }

            var savings = (await cluster.Grains.GetGrain<IClubGrain>(club).GetPageAsync(day))!.Savings;
            Assert.Equal(expected.Contributed + expected.Gains - expected.WrittenOff, savings.ClubSavings.Cents);
            Assert.Equal(expected.StakesHeld, savings.StakesHeld.Cents);
            Assert.Equal(expected.Contributed, savings.Contributions.Cents);
        }, iter: 12, threads: 1);

        Assert.All(accepted, count => Assert.True(count > 0, "a kind of step was never accepted"));
    }

    /// <returns>The kind of step accepted (0 contribution, 1 investment, 2 repayment, 3 write-off), or null.</returns>
    private async Task<int?> ApplyAsync(Step step, string club, string member, string enterprise, DateOnly day, Expected expected)
    {
        try
        {
            switch (step.Kind)
            {
                case <= 2:
                    await InvestingClubs.ContributeAsync(cluster.Grains, club, member, step.Cents, day);
                    expected.Contributed += step.Cents;
                    return 0;
                case <= 5:
                    var grain = cluster.Grains.GetGrain<IInvestmentGrain>(Guid.NewGuid().ToString("N"));
                    await grain.RecordAsync(new RecordInvestment(club, enterprise, "", Money.FromCents(step.Cents), Instrument.Loan, day, new Vote(5, 0, 0, VoteRule.Majority), day));
                    expected.Investments.Add((grain, step.Cents, 0, false));
                    return 1;
                case <= 7 when expected.Investments.Count > 0:
                    var repaid = step.Pick % expected.Investments.Count;
                    await expected.Investments[repaid].Grain.RecordRepaymentAsync(new RecordRepayment(Guid.NewGuid().ToString(), Money.FromCents(step.Cents), day));
                    expected.Investments[repaid] = expected.Investments[repaid] with { Returned = expected.Investments[repaid].Returned + step.Cents };
                    return 2;
                case 8 when expected.Investments.Count > 0:
                    var lost = step.Pick % expected.Investments.Count;
                    await expected.Investments[lost].Grain.WriteOffAsync(new WriteOffInvestment(Guid.NewGuid().ToString(), day));
                    expected.Investments[lost] = expected.Investments[lost] with { WrittenOff = true };
                    return 3;
                default:
                    return null;
            }
        }
        catch (RefusedException)
        {
            // Refused (funds short, stake already closed...): nothing changed, nothing expected.
            return null;
        }
    }
}
