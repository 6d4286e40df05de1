using Cigales.Gateway.Routing;
using Cigales.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(Cigales.Gateway.Tests.EchoBackends))]

namespace Cigales.Gateway.Tests;

/// <summary>
/// The real gateway in-process on Kestrel (whose request limits the in-memory test server lacks),
/// routing to the echo backends, with a short default deadline to test it quickly.
/// </summary>
public sealed class GatewayHost : WebApplicationFactory<RoutedService>
{
    public static readonly TimeSpan TestDeadline = TimeSpan.FromSeconds(1);

    private readonly EchoBackends _backends;

    public GatewayHost(EchoBackends backends)
    {
        _backends = backends;
        UseKestrel(FreePort.Next());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings, not app configuration: the routes are built from them while the host is built.
        builder.UseSetting($"{GatewayOptions.Section}:DefaultDeadline", TestDeadline.ToString());
        builder.UseSetting("Auth:SigningKey", TestTokens.PublicKeyPem);
        foreach (var (key, value) in _backends.DiscoverySettings)
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
