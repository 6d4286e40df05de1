using System.Net;
using Cigales.Gateway.Routing;
using Cigales.Testing;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;

[assembly: AssemblyFixture(typeof(Cigales.Gateway.Tests.EchoBackends))]

namespace Cigales.Gateway.Tests;

/// <summary>
/// The real gateway in-process on Kestrel (whose request limits the in-memory test server lacks),
/// routing to the echo backends, with a short default deadline to test it quickly. Like the
/// AppHost's gateway it also listens on a cleartext HTTP/2 port, for real gRPC clients.
/// </summary>
public class GatewayHost : WebApplicationFactory<RoutedService>
{
    public static readonly TimeSpan TestDeadline = TimeSpan.FromSeconds(1);

    private readonly EchoBackends _backends;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly int _httpPort = FreePort.Next();
    private readonly int _grpcPort = FreePort.Next();

    public GatewayHost(EchoBackends backends)
        : this(backends, new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Settings of the variant under test, beside or instead of the usual ones.</param>
    protected GatewayHost(EchoBackends backends, IReadOnlyDictionary<string, string?> settings)
    {
        _backends = backends;
        _settings = settings;
        // Two endpoints, as under the AppHost: cleartext HTTP/2 for gRPC and HTTP/1.1 for JSON.
        // The factory points its clients at the address bound last (whatever is set before): JSON's.
        UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, _grpcPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, _httpPort, listen => listen.Protocols = HttpProtocols.Http1);
        });
    }

    /// <summary>A gRPC channel to the gateway's HTTP/2 port, calling with the given token (none when null).</summary>
    public GrpcChannel GrpcChannelWith(string? token)
    {
        // The host starts with the first client: the channel needs the port to answer.
        StartServer();
        return GrpcChannel.ForAddress(
            $"http://127.0.0.1:{_grpcPort}",
            new GrpcChannelOptions { HttpHandler = token is null ? new SocketsHttpHandler() : new BearerHandler(token, new SocketsHttpHandler()) });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings, not app configuration: the routes are built from them while the host is built.
        builder.UseSetting($"{GatewayOptions.Section}:DefaultDeadline", TestDeadline.ToString());
        builder.UseSetting("Auth:SigningKey", TestTokens.PublicKeyPem);
        foreach (var (key, value) in _backends.DiscoverySettings.Concat(_settings))
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The tests' clients call as staff, unless they test access itself.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(TestTokens.Staff);
    }
}
