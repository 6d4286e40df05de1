using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Cigales.Web.SignIn;

/// <summary>
/// The identity service as the web app reaches it: through the gateway, like every client. The
/// service names itself by its issuer (<c>http://identity.cigales/</c>), which is no address, and
/// its discovery document gives every endpoint under that name; this reads the document through the
/// gateway and points each endpoint (the keys', the token endpoint, the sign-in page) at the
/// gateway, which routes them to the identity service.
/// </summary>
public sealed class GatewayIdentity : IConfigurationManager<OpenIdConnectConfiguration>
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _discovery;
    private readonly Uri _issuer;
    private readonly Uri _gateway;

    public GatewayIdentity(Uri issuer, Uri gateway, HttpClient http)
    {
        _issuer = issuer;
        _gateway = gateway;
        _discovery = new ConfigurationManager<OpenIdConnectConfiguration>(
            new Uri(gateway, ".well-known/openid-configuration").ToString(),
            new OpenIdConnectConfigurationRetriever(),
            new ThroughGateway(this, new HttpDocumentRetriever(http) { RequireHttps = false }));
    }

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        var configuration = await _discovery.GetConfigurationAsync(cancel);
        configuration.AuthorizationEndpoint = Reachable(configuration.AuthorizationEndpoint);
        configuration.TokenEndpoint = Reachable(configuration.TokenEndpoint);
        configuration.EndSessionEndpoint = Reachable(configuration.EndSessionEndpoint);
        return configuration;
    }

    public void RequestRefresh() => _discovery.RequestRefresh();

    /// <summary>The token endpoint at the gateway, for refreshing a session's tokens.</summary>
    public Uri TokenEndpoint => new(_gateway, "connect/token");

    /// <summary>An endpoint under the issuer's name, at the gateway's address; any other left alone.</summary>
    internal string Reachable(string address) =>
        address is { Length: > 0 } && address.StartsWith(_issuer.ToString(), StringComparison.OrdinalIgnoreCase)
            ? new Uri(_gateway, address[_issuer.ToString().Length..]).ToString()
            : address;

    private sealed class ThroughGateway(GatewayIdentity identity, IDocumentRetriever inner) : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
            inner.GetDocumentAsync(identity.Reachable(address), cancel);
    }
}
