using Cigales.Events.Api;
using Cigales.Events.Projections;
using Cigales.Finance.Projections;
using Cigales.Grants.Projections;
using Cigales.Testing;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Cigales.Events.Tests;

/// <summary>A silo hosting the Events grains and the Grants and Finance grains they ask, as the cluster does across services.</summary>
public sealed class EventsSilo : ISiloConfigurator
{
    public void Configure(ISiloBuilder silo) => silo.AddEventStores(EventsStore.Configure, GrantsStore.Configure, FinanceStore.Configure);
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

/// <summary>The service with a database of its own, for the year's figures to hold the reference events only.</summary>
public sealed class ReferenceEventsHost(PostgresServer postgres) : ServiceFactory<EventsApi>(postgres, EventsStore.DatabaseName, "reference");
