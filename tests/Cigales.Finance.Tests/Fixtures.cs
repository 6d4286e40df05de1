using Cigales.Clubs.Projections;
using Cigales.Finance.Api;
using Cigales.Finance.Projections;
using Cigales.ServiceKit.Storage;
using Cigales.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Cigales.Finance.Tests;

/// <summary>A silo hosting Finance's grains and the Clubs grains they ask, as the cluster does across services.</summary>
public sealed class FinanceSilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder silo)
    {
        silo.AddEventStores(FinanceStore.Configure, ClubsStore.Configure);
        silo.Services.AddSingleton<IPendingWorkHooks, PlantedFaults>();
        PlantedFaults.ResumeWithinSeconds(silo);
    }
}

public sealed class FinanceCluster(PostgresServer postgres) : GrainClusterFixture<FinanceSilo>(postgres)
{
    protected override Action<StoreOptions>[] Stores => [FinanceStore.Configure, ClubsStore.Configure];
}

[CollectionDefinition(Name)]
public sealed class GrainCollection : ICollectionFixture<FinanceCluster>
{
    public const string Name = "finance grains";
}

public sealed class FinanceServiceHost(PostgresServer postgres) : ServiceFactory<FinanceApi>(postgres, FinanceStore.DatabaseName)
{
    /// <summary>Quiet subscriptions send a heartbeat every second here, not every 30, to test it quickly.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(1);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Partners:HeartbeatInterval", HeartbeatInterval.ToString());
        // The Clubs grains the tests call run in this silo, on this database: with the clubs' read model, which their directory reads.
        builder.ConfigureServices(services => services.ConfigureMarten(ClubsStore.Configure));
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<FinanceServiceHost>
{
    public const string Name = "finance api";
}
