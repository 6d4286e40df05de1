using Cigales.Clubs.Api;
using Cigales.Clubs.Projections;
using Cigales.Testing;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Cigales.Clubs.Tests;

public sealed class ClubsSilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder silo) => silo.AddEventStores(ClubsStore.Configure);
}

public sealed class ClubsCluster(PostgresServer postgres) : GrainClusterFixture<ClubsSilo>(postgres);

[CollectionDefinition(Name)]
public sealed class GrainCollection : ICollectionFixture<ClubsCluster>
{
    public const string Name = "clubs grains";
}

public sealed class ClubsServiceHost(PostgresServer postgres) : ServiceFactory<ClubsApi>(postgres, ClubsStore.DatabaseName);

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ClubsServiceHost>
{
    public const string Name = "clubs api";
}
