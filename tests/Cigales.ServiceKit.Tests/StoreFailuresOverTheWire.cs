using Cigales.GrainInterfaces;
using Npgsql;

namespace Cigales.ServiceKit.Tests;

/// <summary>A grain that meets the store's exceptions, which Orleans cannot carry as they are.</summary>
public interface IStoreFailingGrain : IGrainWithIntegerKey
{
    Task FailAsync(string sqlState);
}

public sealed class StoreFailingGrain : Grain, IStoreFailingGrain
{
    public Task FailAsync(string sqlState) => throw new PostgresException("the server said no", "FATAL", "FATAL", sqlState);
}

/// <summary>The test cluster's client is another process as far as Orleans is concerned: what it gets crossed the wire.</summary>
[Collection(GrainCollection.Name)]
public sealed class StoreFailuresOverTheWire(TallyCluster cluster)
{
    [Fact]
    public async Task ADatabaseGoingAwayReachesTheCallerAsStoreUnavailable()
    {
        // 57P01: the administrator shut the server down (a PostgreSQL restart).
        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => cluster.Grains.GetGrain<IStoreFailingGrain>(0).FailAsync("57P01"));

        Assert.Contains("PostgresException", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyOtherStoreFailureReachesTheCallerAsAnUnexpectedErrorNamingIt()
    {
        // 42P01: no such table, a bug rather than a passing failure.
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Grains.GetGrain<IStoreFailingGrain>(0).FailAsync("42P01"));

        Assert.StartsWith("PostgresException:", failure.Message, StringComparison.Ordinal);
    }
}
