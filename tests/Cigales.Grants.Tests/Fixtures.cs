using Cigales.Grants.Api;
using Cigales.Grants.Projections;
using Cigales.Testing;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Cigales.Grants.Tests;

public sealed class GrantsSilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder silo) => silo.AddEventStores(GrantsStore.Configure);
}

public sealed class GrantsCluster(PostgresServer postgres) : GrainClusterFixture<GrantsSilo>(postgres);

[CollectionDefinition(Name)]
public sealed class GrainCollection : ICollectionFixture<GrantsCluster>
{
    public const string Name = "grants grains";
}

public sealed class GrantsServiceHost(PostgresServer postgres) : ServiceFactory<GrantsApi>(postgres, GrantsStore.DatabaseName);

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<GrantsServiceHost>
{
    public const string Name = "grants api";
}
