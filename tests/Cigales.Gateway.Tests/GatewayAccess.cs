using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Cigales.Security;
using Cigales.Testing;

namespace Cigales.Gateway.Tests;

/// <summary>At the gateway: a valid token for every service route, the scope of the method called, none for getting a token.</summary>
public sealed class GatewayAccess(EchoBackends backends, GatewayHost gateway) : IClassFixture<GatewayHost>
{
    private HttpClient Client(string? token)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = token is null ? null : TestTokens.Bearer(token);
        return client;
    }

    private static HttpRequestMessage Grpc(string method) => new(HttpMethod.Post, "/" + method)
    {
        Version = HttpVersion.Version20,
        Content = new ByteArrayContent([0, 0, 0, 0, 0]) { Headers = { ContentType = new MediaTypeHeaderValue("application/grpc") } },
    };

    private static bool ReachedABackend(HttpResponseMessage response) => response.Headers.Contains("x-port");

    [Fact]
    public async Task WithoutATokenNoServiceIsReached()
    {
        using var json = await Client(null).GetAsync("/v1/clubs");
        using var grpc = await Client(null).SendAsync(Grpc("cigales.clubs.v1.ClubsService/GetClub"));
        using var expired = await Client(TestTokens.For("staff", "staff", "", Scopes.All, lifetime: TimeSpan.FromMinutes(-1))).GetAsync("/v1/clubs");

        Assert.Equal((HttpStatusCode.Unauthorized, false), (json.StatusCode, ReachedABackend(json)));
        Assert.Equal((HttpStatusCode.Unauthorized, false), (grpc.StatusCode, ReachedABackend(grpc)));
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task AReadOnlyTokenReadsButItsWritesStopAtTheGateway()
    {
        var reader = TestTokens.For("member", "club-member", "club-1", [Scopes.Read("clubs")]);

        using var read = await Client(reader).GetAsync("/v1/clubs/abc");
        using var write = await Client(reader).PostAsync("/v1/clubs", new StringContent("{}", null, "application/json"));
        using var grpcWrite = await Client(reader).SendAsync(Grpc("cigales.clubs.v1.ClubsService/RegisterClub"));
        using var otherService = await Client(reader).GetAsync("/v1/conventions");

        Assert.Equal((HttpStatusCode.OK, backends.Ports["clubs"].Http.ToString(CultureInfo.InvariantCulture)), (read.StatusCode, read.Headers.GetValues("x-port").Single()));
        Assert.Equal((HttpStatusCode.Forbidden, false), (write.StatusCode, ReachedABackend(write)));
        Assert.Contains("clubs.write", JsonDocument.Parse(await write.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, false), (grpcWrite.StatusCode, ReachedABackend(grpcWrite)));
        Assert.Equal(HttpStatusCode.Forbidden, otherService.StatusCode);
    }

    [Fact]
    public async Task TheTokenEndpointNeedsNoToken()
    {
        using var response = await Client(null).PostAsync("/connect/token", new FormUrlEncodedContent([new("grant_type", "client_credentials")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(backends.IdentityPort.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("x-port").Single());
    }
}
