using Cigales.Testing;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Cigales.ServiceKit.Tests;

public sealed class TallySilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder silo) => silo.AddEventStores();
}

public sealed class TallyCluster(PostgresServer postgres) : GrainClusterFixture<TallySilo>(postgres);

[CollectionDefinition(Name)]
public sealed class GrainCollection : ICollectionFixture<TallyCluster>
{
    public const string Name = "event-sourced grains";
}
