using System.Net;
using Cigales.Contracts.Clubs.V1;
using Cigales.Testing;
using Google.Rpc;
using Grpc.Core;

namespace Cigales.Clubs.Tests.Api;

/// <summary>A service on a PostgreSQL server of its own, which the tests stop and start again.</summary>
public sealed class OutageServiceHost() : IAsyncLifetime
{
    public PostgresServer Postgres { get; } = new();

    public ClubsServiceHost Service { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Postgres.InitializeAsync();
        Service = new ClubsServiceHost(Postgres);
        await Service.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}

/// <summary>
/// While the database restarts, callers are told to retry (UNAVAILABLE / 503 with a delay), never
/// given a 500; nothing is half recorded, and a retry with the same key records the change once.
/// </summary>
public sealed class StoreOutageBehaviour(OutageServiceHost host) : IClassFixture<OutageServiceHost>
{
    private readonly ClubsService.ClubsServiceClient _grpc = new(host.Service.Channel);

    [Fact]
    public async Task WhileTheDatabaseIsDownCallersAreToldToRetryAndARetryRecordsOnce()
    {
        var known = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Les Hirondelles", Department = "62" });
        var key = Guid.NewGuid().ToString();
        var register = new RegisterClubRequest { RequestId = key, Name = "Les Martinets", Department = "59" };

        await host.Postgres.StopAsync();
        try
        {
            foreach (var call in new Func<Task>[]
            {
                () => _grpc.RegisterClubAsync(register).ResponseAsync,
                () => _grpc.ListClubsAsync(new ListClubsRequest()).ResponseAsync,
                () => _grpc.GetClubAsync(new GetClubRequest { ClubId = ContractProbes.SomeId }).ResponseAsync,
                () => _grpc.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = known.ClubId }).ResponseAsync,
            })
            {
                var refused = await Assert.ThrowsAsync<RpcException>(call);
                Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
                Assert.NotNull(refused.GetRpcStatus()?.GetDetail<RetryInfo>());
            }

            using var json = await host.Service.CreateClient().GetAsync("/v1/clubs?page.size=5");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, json.StatusCode);
            Assert.True(json.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            Assert.DoesNotContain("Npgsql", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await host.Postgres.StartAsync();
        }

        var registered = await RetryWhileUnavailableAsync(() => _grpc.RegisterClubAsync(register).ResponseAsync);
        var again = await _grpc.RegisterClubAsync(register);
        var clubs = await _grpc.ListClubsAsync(new ListClubsRequest { Page = new() { Size = 100 } });

        Assert.Equal(registered.ClubId, again.ClubId);
        Assert.Equal(["Les Hirondelles", "Les Martinets"], clubs.Clubs.Select(club => club.Name).Order());
    }

    private static async Task<T> RetryWhileUnavailableAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (RpcException unavailable) when (unavailable.StatusCode == StatusCode.Unavailable && attempt < 30)
            {
                await Task.Delay(500);
            }
        }
    }
}
