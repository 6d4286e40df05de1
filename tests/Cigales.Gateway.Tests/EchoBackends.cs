using System.Globalization;
using Cigales.Gateway.Routing;
using Cigales.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Cigales.Gateway.Tests;

/// <summary>
/// Stand-ins for the four services on real sockets (YARP forwards over the network): each service
/// gets a cleartext HTTP/2 port for gRPC and an HTTP/1.1 port for JSON, and every answer says
/// which port took the call, over which protocol, with which deadline.
/// </summary>
public sealed class EchoBackends : IAsyncLifetime
{
    public const string SlowPath = "slow";

    private WebApplication? _app;

    /// <summary>The ports of each service: (grpc, http).</summary>
    public IReadOnlyDictionary<string, (int Grpc, int Http)> Ports { get; } =
        RoutedService.All.ToDictionary(service => service.Name, _ => (FreePort.Next(), FreePort.Next()));

    /// <summary>The identity service's HTTP port.</summary>
    public int IdentityPort { get; } = FreePort.Next();

    /// <summary>The service discovery settings the AppHost would give the gateway.</summary>
    public IEnumerable<KeyValuePair<string, string?>> DiscoverySettings => Ports.SelectMany(service => new[]
    {
        KeyValuePair.Create($"services:{service.Key}:grpc:0", (string?)$"http://127.0.0.1:{service.Value.Grpc}"),
        KeyValuePair.Create($"services:{service.Key}:http:0", (string?)$"http://127.0.0.1:{service.Value.Http}"),
    }).Append(KeyValuePair.Create("services:identity:http:0", (string?)$"http://127.0.0.1:{IdentityPort}"));

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var (grpc, http) in Ports.Values)
            {
                kestrel.ListenLocalhost(grpc, listen => listen.Protocols = HttpProtocols.Http2);
                kestrel.ListenLocalhost(http, listen => listen.Protocols = HttpProtocols.Http1);
            }

            kestrel.ListenLocalhost(IdentityPort, listen => listen.Protocols = HttpProtocols.Http1);
        });
        _app = builder.Build();
        _app.Run(async context =>
        {
            context.Response.Headers["x-port"] = context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["x-protocol"] = context.Request.Protocol;
            context.Response.Headers["x-grpc-timeout"] = context.Request.Headers["grpc-timeout"].ToString();
            context.Response.Headers["x-path"] = context.Request.Path.ToString();
            if (context.Request.Path.Value?.EndsWith(SlowPath, StringComparison.Ordinal) == true)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            }

            await context.Response.WriteAsync("echo", context.RequestAborted);
        });
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
