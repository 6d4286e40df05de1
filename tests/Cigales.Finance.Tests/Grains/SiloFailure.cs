using System.Collections.Concurrent;
using Cigales.Clubs.Grains;
using Cigales.Clubs.Projections;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.Finance.Projections;
using Cigales.GrainInterfaces.Clubs;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Cigales.Testing;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Cigales.Finance.Tests.Grains;

/// <summary>
/// Stops an investment's saga where a failure hurts most — the club's funds reserved, nothing else
/// recorded yet — and tells the test which silo holds it, so that the test can kill that silo.
/// </summary>
public sealed class BlockingSagaHooks(ILocalSiloDetails silo) : IPendingWorkHooks
{
    public static readonly ConcurrentDictionary<string, TaskCompletionSource<SiloAddress>> Reached = new();
    public static readonly ConcurrentDictionary<string, TaskCompletionSource> Gates = new();

    public async ValueTask AfterStepAsync(string investmentId, string step)
    {
        if (step == nameof(Cigales.Finance.Domain.SagaStep.SetFundsAside) && Gates.TryGetValue(investmentId, out var gate))
        {
            Reached[investmentId].TrySetResult(silo.SiloAddress);
            await gate.Task;
        }
    }
}

/// <summary>
/// Three silos; investments never on the primary (which holds the test cluster's membership), so
/// that the one running a saga can be killed and another take the retry over.
/// </summary>
public sealed class KillableSilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder silo)
    {
        silo.AddEventStores(FinanceStore.Configure, ClubsStore.Configure);
        silo.Services.AddSingleton<IPendingWorkHooks, BlockingSagaHooks>();
        silo.Configure<ClusterMembershipOptions>(options =>
        {
            // Declare a killed silo dead within seconds, not the default half-minute.
            options.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.NumMissedProbesLimit = 2;
            options.NumVotesForDeathDeclaration = 1;
        });
        if ((silo.Configuration["SiloName"] ?? silo.Configuration["Orleans:Name"]) == "Primary")
        {
            silo.Services.PostConfigure<GrainTypeOptions>(options => options.Classes.Remove(typeof(InvestmentGrain)));
        }
    }
}

/// <summary>The test's client gives up on a call to a dead silo after seconds, not the default half-minute.</summary>
public sealed class ImpatientClient : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5));
}

public sealed class KillableCluster(PostgresServer postgres) : GrainClusterFixture<KillableSilo>(postgres, silos: 3)
{
    protected override Action<StoreOptions>[] Stores => [FinanceStore.Configure, ClubsStore.Configure];

    protected override void Configure(TestClusterBuilder builder) => builder.AddClientBuilderConfigurator<ImpatientClient>();
}

[CollectionDefinition(Name)]
public sealed class KillableCollection : ICollectionFixture<KillableCluster>
{
    public const string Name = "finance silo failures";
}

[Collection(KillableCollection.Name)]
public sealed class SiloFailure(KillableCluster cluster)
{
    [Fact]
    public async Task KillingTheSiloBetweenTheReservationAndTheDisbursementThenRetryingEndsWithExactlyOneInvestment()
    {
        await UntilTheClientKnowsInvestmentsAsync();
        var since = new DateOnly(2024, 1, 15);
        var club = await InvestingClubs.CreateAsync(cluster.Grains, cluster.Store, 1_000_000, since);
        var enterprise = Guid.NewGuid().ToString("N");
        await cluster.Grains.GetGrain<IEnterpriseGrain>(enterprise).RegisterAsync(new RegisterEnterprise(
            "Littoral Bio", "", "", LegalForm.Scop, "Traiteur bio", "Saint-Martin", "", "62", "", EnterpriseStage.Development, Money.FromEuros(100_000), ""));
        var id = Guid.NewGuid().ToString("N");
        var decision = new RecordInvestment(club, enterprise, "", Money.FromEuros(3_000), Instrument.EquityShares, new DateOnly(2024, 3, 1), new Vote(5, 0, 0), new DateOnly(2024, 3, 5));
        BlockingSagaHooks.Reached[id] = new TaskCompletionSource<SiloAddress>(TaskCreationOptions.RunContinuationsAsynchronously);
        BlockingSagaHooks.Gates[id] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var firstTry = cluster.Grains.GetGrain<IInvestmentGrain>(id).RecordAsync(decision);
        var silo = await BlockingSagaHooks.Reached[id].Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cluster.Cluster.KillSiloAsync(cluster.Cluster.Silos.Single(handle => handle.SiloAddress.Equals(silo)));
        await Assert.ThrowsAnyAsync<Exception>(() => firstTry.WaitAsync(TimeSpan.FromMinutes(2)));
        BlockingSagaHooks.Gates.TryRemove(id, out _);

        var investment = await RetryAsync(() => cluster.Grains.GetGrain<IInvestmentGrain>(id).RecordAsync(decision));

        Assert.Equal(InvestmentStatus.Disbursed, investment.Status);
        var ledger = (await cluster.Grains.GetGrain<IClubGrain>(club).GetLedgerAsync(new DateOnly(2024, 12, 31)))!;
        Assert.Equal(["reservation", "disbursement"], ledger.Movements.Where(movement => movement.Key == id).Select(movement => movement.Kind));
        await using var session = cluster.Store.QuerySession();
        Assert.Equal(1, await session.Query<InvestmentView>().CountAsync(view => view.Decision.ClubId == club));
        Assert.Equal(Money.FromCents(700_000), await cluster.Grains.GetGrain<IClubFundsGrain>(club).GetAvailableFundsAsync());
    }

    /// <summary>
    /// Only the secondary silos host investments; the client learns so from the cluster's manifest,
    /// which may reach it a moment after the cluster has started (until then GetGrain says no silo
    /// implements the interface). Resolving a reference activates nothing.
    /// </summary>
    private async Task UntilTheClientKnowsInvestmentsAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _ = cluster.Grains.GetGrain<IInvestmentGrain>("manifest-probe");
                return;
            }
            catch (ArgumentException) when (attempt < 60)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    /// <summary>Until the cluster has declared the killed silo dead, calls to what it hosted may fail.</summary>
    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception exception) when (attempt < 20 && exception is not Cigales.GrainInterfaces.RefusedException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
