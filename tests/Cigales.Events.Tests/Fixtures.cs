using Cigales.Events.Api;
using Cigales.Events.Projections;
using Cigales.Testing;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Cigales.Events.Tests;

public sealed class EventsSilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder silo) => silo.AddEventStores(EventsStore.Configure);
}

public sealed class EventsCluster(PostgresServer postgres) : GrainClusterFixture<EventsSilo>(postgres);

[CollectionDefinition(Name)]
public sealed class GrainCollection : ICollectionFixture<EventsCluster>
{
    public const string Name = "events grains";
}

public sealed class EventsServiceHost(PostgresServer postgres) : ServiceFactory<EventsApi>(postgres, EventsStore.DatabaseName);

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<EventsServiceHost>
{
    public const string Name = "events api";
}
