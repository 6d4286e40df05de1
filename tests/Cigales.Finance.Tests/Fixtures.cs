using Cigales.Clubs.Projections;
using Cigales.Finance.Api;
using Cigales.Finance.Projections;
using Cigales.Testing;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Cigales.Finance.Tests;

/// <summary>A silo hosting Finance's grains and the Clubs grains they ask, as the cluster does across services.</summary>
public sealed class FinanceSilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder silo) => silo.AddEventStores(FinanceStore.Configure, ClubsStore.Configure);
}

public sealed class FinanceCluster(PostgresServer postgres) : GrainClusterFixture<FinanceSilo>(postgres);

[CollectionDefinition(Name)]
public sealed class GrainCollection : ICollectionFixture<FinanceCluster>
{
    public const string Name = "finance grains";
}

public sealed class FinanceServiceHost(PostgresServer postgres) : ServiceFactory<FinanceApi>(postgres, FinanceStore.DatabaseName);

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<FinanceServiceHost>
{
    public const string Name = "finance api";
}
