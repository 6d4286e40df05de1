using Cigales.ServiceKit.Orleans;
using Marten;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Xunit;

namespace Cigales.Testing;

/// <summary>
/// One Orleans test cluster for a whole collection of grain tests, its grains storing their
/// streams in a database of their own on the assembly's PostgreSQL server.
/// </summary>
public abstract class GrainClusterFixture<TSiloConfigurator>(PostgresServer postgres, short silos = 1) : IAsyncLifetime
    where TSiloConfigurator : ISiloConfigurator, new()
{
    private TestCluster? _cluster;
    private string? _connectionString;
    private DocumentStore? _store;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("the cluster is not deployed yet");

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The grains' own database.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("the database is not created yet");

    /// <summary>The grains' database as a store, configured with <see cref="Stores"/>: to set up what the grains read, and read the read models.</summary>
    public IDocumentStore Store => _store ??= TestStores.Open(ConnectionString, Stores);

    /// <summary>The services' store configurations the grains of this cluster use.</summary>
    protected virtual Action<StoreOptions>[] Stores => [];

    /// <summary>How many events the grains' database holds: a refused command adds none.</summary>
    public Task<long> CountEventsAsync() => StoredEvents.CountAsync(ConnectionString);

    /// <summary>Deactivates every idle grain, so that the next call rebuilds its state from the stream.</summary>
    public Task DeactivateAllAsync() =>
        Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    public async ValueTask InitializeAsync()
    {
        var connectionString = _connectionString = await postgres.CreateDatabaseAsync($"grains_{Guid.NewGuid():N}");
        var builder = new TestClusterBuilder(silos);
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { [TestSilo.ConnectionStringKey] = connectionString }));
        builder.AddSiloBuilderConfigurator<TSiloConfigurator>();
        builder.AddClientBuilderConfigurator<PlainRecordsClient>();
        Configure(builder);
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <summary>What a fixture adds to the cluster (client settings, more configurators).</summary>
    protected virtual void Configure(TestClusterBuilder builder)
    {
    }

    /// <summary>The test's client carries the grains' records as the silos do.</summary>
    private sealed class PlainRecordsClient : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) => clientBuilder.Services.AddPlainRecords();
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
