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
        var reader = TestTokens.For("manager", Roles.ClubManager, "club-1", [Scopes.Read("clubs")]);

        using var read = await Client(reader).GetAsync("/v1/clubs/club-1");
        using var write = await Client(reader).PostAsync("/v1/clubs/club-1/members", new StringContent("{}", null, "application/json"));
        using var grpcWrite = await Client(reader).SendAsync(Grpc("cigales.clubs.v1.ClubsService/JoinClub"));

        Assert.Equal((HttpStatusCode.OK, backends.Ports["clubs"].Http.ToString(CultureInfo.InvariantCulture)), (read.StatusCode, read.Headers.GetValues("x-port").Single()));
        Assert.Equal((HttpStatusCode.Forbidden, false), (write.StatusCode, ReachedABackend(write)));
        Assert.Contains("clubs.write", await MessageOf(write), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, false), (grpcWrite.StatusCode, ReachedABackend(grpcWrite)));
    }

    /// <summary>Each role reaches the methods the contract opens to it, by JSON and by gRPC, and no other.</summary>
    [Theory]
    [InlineData(Roles.ClubMember, "GET", "/v1/clubs/club-1/ledger", true)]
    [InlineData(Roles.ClubMember, "POST", "/v1/clubs/club-1/members", false)]
    [InlineData(Roles.ClubMember, "GET", "/v1/clubs", false)]
    [InlineData(Roles.ClubMember, "GET", "/v1/department-projects/club-1", true)]
    [InlineData(Roles.ClubMember, "GET", "/v1/project-holders", false)]
    [InlineData(Roles.ClubManager, "POST", "/v1/clubs/club-1/contributions", true)]
    [InlineData(Roles.ClubManager, "POST", "/v1/clubs/club-1/status-changes", false)]
    [InlineData(Roles.ClubManager, "GET", "/v1/clubs/club-1/history", false)]
    [InlineData(Roles.Funder, "GET", "/v1/conventions/c-1/final-report-draft/csv", true)]
    [InlineData(Roles.Funder, "POST", "/v1/conventions/c-1/payments", true)]
    [InlineData(Roles.Funder, "POST", "/v1/conventions/c-1/recovery-orders", true)]
    [InlineData(Roles.Funder, "GET", "/v1/budget-lines", true)]
    [InlineData(Roles.Funder, "POST", "/v1/conventions/c-1/signature", false)]
    [InlineData(Roles.Funder, "PUT", "/v1/conventions/c-1/bank-details", false)]
    [InlineData(Roles.Funder, "GET", "/v1/clubs/club-1", false)]
    [InlineData(Roles.Partner, "GET", "/v1/project-holders", false)]
    [InlineData(Roles.Partner, "GET", "/v1/clubs/club-1/unknown", false)]
    [InlineData(Roles.Staff, "GET", "/v1/clubs/club-1/history", true)]
    [InlineData(Roles.Staff, "POST", "/v1/conventions/c-1/payments", true)]
    public async Task EachRoleReachesOnlyTheMethodsOpenToIt(string role, string verb, string path, bool reaches)
    {
        using var response = await Client(TestTokens.For("caller", role, "club-1", Scopes.All))
            .SendAsync(new HttpRequestMessage(new HttpMethod(verb), path) { Content = verb == "GET" ? null : new StringContent("{}", null, "application/json") });

        Assert.Equal(reaches, ReachedABackend(response));
        if (!reaches)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains($"'{role}'", await MessageOf(response), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AGrpcCallIsCheckedAgainstTheRoleToo()
    {
        var member = TestTokens.For("member", Roles.ClubMember, "club-1", Scopes.All);

        using var read = await Client(member).SendAsync(Grpc("cigales.clubs.v1.ClubsService/GetLedger"));
        using var write = await Client(member).SendAsync(Grpc("cigales.clubs.v1.ClubsService/RecordContribution"));

        Assert.True(ReachedABackend(read));
        Assert.Equal((HttpStatusCode.Forbidden, false), (write.StatusCode, ReachedABackend(write)));
    }

    private static async Task<string> MessageOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString() ?? string.Empty;

    [Fact]
    public async Task TheTokenEndpointNeedsNoToken()
    {
        using var response = await Client(null).PostAsync("/connect/token", new FormUrlEncodedContent([new("grant_type", "client_credentials")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(backends.IdentityPort.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("x-port").Single());
    }

    [Fact]
    public async Task EachServicesOpenApiDocumentAndTheDocsPageNeedNoToken()
    {
        using var document = await Client(null).GetAsync("/openapi/finance.json");
        using var page = await Client(null).GetAsync("/docs/index.html");
        using var config = await Client(null).GetAsync("/docs/index.js");

        Assert.Equal((HttpStatusCode.OK, backends.Ports["finance"].Http.ToString(CultureInfo.InvariantCulture), "/openapi/v1.json"),
            (document.StatusCode, document.Headers.GetValues("x-port").Single(), document.Headers.GetValues("x-path").Single()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/openapi/clubs.json", await config.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
