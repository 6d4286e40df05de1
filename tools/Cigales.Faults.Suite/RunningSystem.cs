using System.Net.Http.Headers;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Cigales.DemoData.Import;
using Grpc.Net.Client;

namespace Cigales.Faults;

/// <summary>
/// The whole AppHost started as tests start it (Aspire.Hosting.Testing: random ports, so that it
/// never collides with a developer's <c>./run.sh</c>), in a temporary data folder of its own, with
/// a staff token for the gateway. Stopped and its folder deleted on dispose.
/// </summary>
public sealed class RunningSystem : IAsyncDisposable
{
    /// <summary>Every resource that must be healthy before a client calls.</summary>
    public static readonly string[] Resources = ["postgres", "redis", "mail", "identity", "clubs", "grants", "events", "finance", "gateway", "web"];

    /// <summary>The local staff client the AppHost registers (README: "Getting a token").</summary>
    public const string StaffClient = "cigales-staff";
    public const string StaffSecret = "cigales-dev-staff";

    private readonly DistributedApplication _app;

    private RunningSystem(DistributedApplication app, string dataDirectory, string staffToken, HttpClient json)
    {
        _app = app;
        DataDirectory = dataDirectory;
        StaffToken = staffToken;
        Json = json;
        GrpcAddress = app.GetEndpoint("gateway", "grpc");
    }

    public DistributedApplication App => _app;

    /// <summary>Where PostgreSQL and Redis keep their data for this run.</summary>
    public string DataDirectory { get; }

    public string StaffToken { get; }

    /// <summary>The gateway's JSON endpoint, calling as staff.</summary>
    public HttpClient Json { get; }

    /// <summary>The gateway's gRPC endpoint (cleartext HTTP/2).</summary>
    public Uri GrpcAddress { get; }

    /// <summary>A channel of its own to the gateway's gRPC endpoint, calling as staff: one per client, as separate clients would have.</summary>
    public GrpcChannel OpenChannel() =>
        GrpcChannel.ForAddress(GrpcAddress, new GrpcChannelOptions { HttpHandler = new BearerTokenHandler(StaffToken) });

    /// <summary>Starts the AppHost with <paramref name="args"/> besides its data folder, and waits until every resource is healthy.</summary>
    /// <param name="configure">Changes to the AppHost before it is built (its logging, its resources' settings).</param>
    public static async Task<RunningSystem> StartAsync(
        IEnumerable<string> args, CancellationToken cancellation, Action<IDistributedApplicationTestingBuilder>? configure = null)
    {
        // PostgreSQL runs as its own OS user, which must reach the data folder.
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"cigales-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dataDirectory, (UnixFileMode)0b111_101_101);
        }

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Cigales_AppHost>(
            [$"--Cigales:DataDirectory={dataDirectory}", .. args], cancellation);
        configure?.Invoke(builder);
        var app = await builder.BuildAsync(cancellation);
        try
        {
            await app.StartAsync(cancellation);
            foreach (var resource in Resources)
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancellation);
            }

            var json = app.CreateHttpClient("gateway", "http");
            var token = await AccessToken.RequestAsync(json, StaffClient, StaffSecret, cancellation);
            json.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return new RunningSystem(app, dataDirectory, token, json);
        }
        catch
        {
            // Whatever did start is stopped: no process of this run outlives it.
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            DeleteQuietly(dataDirectory);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Json.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        DeleteQuietly(DataDirectory);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
