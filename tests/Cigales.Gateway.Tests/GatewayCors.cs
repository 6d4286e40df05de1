using System.Net;

namespace Cigales.Gateway.Tests;

/// <summary>The gateway with one web origin whose pages may call the API.</summary>
public sealed class GatewayForOneOrigin(EchoBackends backends)
    : GatewayHost(backends, new Dictionary<string, string?> { ["Gateway:Cors:Origins:0"] = GatewayCors.StaffApp })
{
}

/// <summary>Browsers: the pages of the configured origins may call the API, no other page may.</summary>
public sealed class GatewayCors(EchoBackends backends, GatewayForOneOrigin gateway) : IClassFixture<GatewayForOneOrigin>
{
    public const string StaffApp = "https://staff.cigales.test";
    private const string AnotherSite = "https://elsewhere.test";

    [Fact]
    public async Task APreflightFromAConfiguredOriginIsAnsweredByTheGatewayWithoutAToken()
    {
        using var response = await PreflightAsync(gateway, StaffApp);

        Assert.Equal((HttpStatusCode.NoContent, false), (response.StatusCode, GatewayLimits.ReachedABackend(response)));
        Assert.Equal(StaffApp, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("authorization", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APreflightFromAnotherOriginGetsNoCorsHeaderAndReachesNoService()
    {
        using var response = await PreflightAsync(gateway, AnotherSite);

        Assert.False(GatewayLimits.ReachedABackend(response));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ACallFromAConfiguredOriginCarriesTheCorsHeadersAndAnotherOriginsDoesNot()
    {
        using var fromTheStaffApp = await GetFromAsync(StaffApp);
        using var fromAnotherSite = await GetFromAsync(AnotherSite);

        Assert.Equal((HttpStatusCode.OK, true), (fromTheStaffApp.StatusCode, GatewayLimits.ReachedABackend(fromTheStaffApp)));
        Assert.Equal(StaffApp, Header(fromTheStaffApp, "Access-Control-Allow-Origin"));
        // A page told to wait (429) can read for how long.
        Assert.Contains("retry-after", Header(fromTheStaffApp, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.False(fromAnotherSite.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task WithoutConfiguredOriginsNoPageMayCall()
    {
        await using var withoutOrigins = new GatewayHost(backends);

        using var response = await PreflightAsync(withoutOrigins, StaffApp);

        Assert.False(GatewayLimits.ReachedABackend(response));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    /// <summary>What a browser sends before a POST with a token and a JSON body: no token of its own.</summary>
    private static Task<HttpResponseMessage> PreflightAsync(GatewayHost host, string origin)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        var request = new HttpRequestMessage(HttpMethod.Options, "/v1/clubs");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return client.SendAsync(request);
    }

    private Task<HttpResponseMessage> GetFromAsync(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/clubs");
        request.Headers.Add("Origin", origin);
        return gateway.CreateClient().SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;
}
