using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;

[assembly: AssemblyFixture(typeof(Cigales.IntegrationTests.WholeSystem))]
// One system for all: tests that count what is stored must not see another test's writes.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Cigales.IntegrationTests;

/// <summary>
/// The whole AppHost, started once for all end-to-end tests: PostgreSQL and Redis, the four
/// services and the gateway, in a data folder of its own, with the demo data loaded. Tests talk
/// to the gateway only.
/// </summary>
public sealed class WholeSystem : IAsyncLifetime
{
    public static readonly string[] Resources = ["postgres", "redis", "identity", "clubs", "grants", "events", "finance", "gateway"];

    /// <summary>The local staff client the AppHost registers (README: "Getting a token").</summary>
    public const string StaffClient = "cigales-staff";
    public const string StaffSecret = "cigales-dev-staff";

    /// <summary>The resource that loads the demo data, and exits.</summary>
    public const string DemoData = "demo-data";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"cigales-e2e-{Guid.NewGuid():N}");
    private DistributedApplication? _app;
    private GrpcChannel? _grpc;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("the system is not started");

    /// <summary>A staff token from the identity service.</summary>
    public string StaffToken { get; private set; } = string.Empty;

    /// <summary>The gateway's JSON endpoint, calling as staff.</summary>
    public HttpClient Json { get; private set; } = new();

    /// <summary>The gateway's gRPC endpoint (cleartext HTTP/2), calling as staff.</summary>
    public GrpcChannel Grpc => _grpc ?? throw new InvalidOperationException("the system is not started");

    public async ValueTask InitializeAsync()
    {
        // PostgreSQL runs as its own OS user, which must reach the data folder.
        Directory.CreateDirectory(_dataDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_dataDirectory, (UnixFileMode)0b111_101_101);
        }

        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Cigales_AppHost>(
            // The hostile-input corpus sends thousands of calls in a minute: the rate limit is tested on the gateway's own.
            [$"--Cigales:DataDirectory={_dataDirectory}", "--Gateway:RateLimit:PermitsPerWindow=1000000"], timeout.Token);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        foreach (var resource in Resources)
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }

        // The demo data loads through the gateway once it is up, then its process exits.
        var demoData = await _app.ResourceNotifications.WaitForResourceAsync(
            DemoData, update => KnownResourceStates.TerminalStates.Contains(update.Snapshot.State?.Text), timeout.Token);
        if (demoData.Snapshot.ExitCode != 0)
        {
            throw new InvalidOperationException($"the demo data did not load: {DemoData} exited with {demoData.Snapshot.ExitCode}");
        }

        // Every test calls as staff, with a token of the identity service got through the gateway.
        Json = _app.CreateHttpClient("gateway", "http");
        StaffToken = await Cigales.DemoData.Import.AccessToken.RequestAsync(Json, StaffClient, StaffSecret, timeout.Token);
        Json.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", StaffToken);
        _grpc = GrpcChannel.ForAddress(_app.GetEndpoint("gateway", "grpc"), new GrpcChannelOptions { HttpHandler = new Cigales.DemoData.Import.BearerTokenHandler(StaffToken) });
    }

    public async ValueTask DisposeAsync()
    {
        _grpc?.Dispose();
        Json.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
