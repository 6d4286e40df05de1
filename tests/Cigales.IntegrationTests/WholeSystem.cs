using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Cigales.Faults;
using Grpc.Net.Client;

[assembly: AssemblyFixture(typeof(Cigales.IntegrationTests.WholeSystem))]
// One system for all: tests that count what is stored must not see another test's writes.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Cigales.IntegrationTests;

/// <summary>
/// The whole AppHost, started once for all end-to-end tests: PostgreSQL and Redis, the four
/// services and the gateway, in a data folder of its own, with the demo data loaded. Tests talk
/// to the gateway only, except the fault test, which kills a process of it.
/// </summary>
public sealed class WholeSystem : IAsyncLifetime
{
    public static readonly string[] Resources = RunningSystem.Resources;

    /// <summary>The local staff client the AppHost registers (README: "Getting a token").</summary>
    public const string StaffClient = RunningSystem.StaffClient;
    public const string StaffSecret = RunningSystem.StaffSecret;

    /// <summary>The resource that loads the demo data, and exits.</summary>
    public const string DemoData = "demo-data";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private RunningSystem? _system;
    private GrpcChannel? _grpc;

    public RunningSystem System => _system ?? throw new InvalidOperationException("the system is not started");

    public DistributedApplication App => System.App;

    /// <summary>A staff token from the identity service.</summary>
    public string StaffToken => System.StaffToken;

    /// <summary>The gateway's JSON endpoint, calling as staff.</summary>
    public HttpClient Json => System.Json;

    /// <summary>The gateway's gRPC endpoint (cleartext HTTP/2), calling as staff.</summary>
    public GrpcChannel Grpc => _grpc ?? throw new InvalidOperationException("the system is not started");

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        // The hostile-input corpus and the fault test's load call as the staff client, as every
        // test does: 600 calls a minute would refuse them (the limit is tested in Cigales.Gateway.Tests).
        _system = await RunningSystem.StartAsync(["--Gateway:RateLimit:PermitsPerWindow=1000000"], timeout.Token);

        // The demo data loads through the gateway once it is up, then its process exits.
        var demoData = await App.ResourceNotifications.WaitForResourceAsync(
            DemoData, update => KnownResourceStates.TerminalStates.Contains(update.Snapshot.State?.Text), timeout.Token);
        if (demoData.Snapshot.ExitCode != 0)
        {
            throw new InvalidOperationException($"the demo data did not load: {DemoData} exited with {demoData.Snapshot.ExitCode}");
        }

        _grpc = System.OpenChannel();
    }

    public async ValueTask DisposeAsync()
    {
        _grpc?.Dispose();
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }
}
