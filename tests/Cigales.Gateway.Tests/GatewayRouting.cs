using System.Net;
using System.Net.Http.Headers;
using Cigales.Gateway.Routing;
using Cigales.Security;

namespace Cigales.Gateway.Tests;

public sealed class GatewayRouting(EchoBackends backends, GatewayHost gateway) : IClassFixture<GatewayHost>
{
    private readonly HttpClient _client = gateway.CreateClient();

    [Theory]
    [InlineData("clubs", "cigales.clubs.v1.ClubsService/GetClub")]
    [InlineData("grants", "cigales.grants.v1.GrantsService/ListConventions")]
    [InlineData("events", "cigales.events.v1.EventsService/ScheduleEvent")]
    [InlineData("finance", "cigales.finance.v1.FinanceService/RegisterProjectHolder")]
    public async Task GrpcCallsGoToTheirServiceOverHttp2WithTheDefaultDeadline(string service, string method)
    {
        using var response = await _client.SendAsync(GrpcRequest(method));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(backends.Ports[service].Grpc.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "x-port"));
        Assert.Equal("HTTP/2", Header(response, "x-protocol"));
        Assert.Equal($"{(long)GatewayHost.TestDeadline.TotalMilliseconds}m", Header(response, "x-grpc-timeout"));
    }

    [Fact]
    public async Task AGrpcCallThatBringsItsOwnDeadlineKeepsIt()
    {
        var request = GrpcRequest("cigales.clubs.v1.ClubsService/GetClub");
        request.Headers.Add("grpc-timeout", "5S");

        using var response = await _client.SendAsync(request);

        Assert.Equal("5S", Header(response, "x-grpc-timeout"));
    }

    [Theory]
    [InlineData("clubs", "/v1/clubs")]
    [InlineData("clubs", "/v1/clubs/abc")]
    [InlineData("clubs", "/v1/clubs/abc/members")]
    [InlineData("clubs", "/v1/people/p1")]
    [InlineData("clubs", "/v1/network-figures")]
    [InlineData("grants", "/v1/conventions/2025-02585")]
    [InlineData("events", "/v1/events")]
    [InlineData("finance", "/v1/project-holders/h1")]
    public async Task JsonCallsGoToTheirServiceByPath(string service, string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(backends.Ports[service].Http.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "x-port"));
        Assert.Equal(path, Header(response, "x-path"));
        Assert.Equal(string.Empty, Header(response, "x-grpc-timeout"));
    }

    [Theory]
    [InlineData("/v1/members")]
    [InlineData("/v1/clubsX")]
    [InlineData("/cigales.clubs.v1.UnknownService/Get")]
    public async Task PathsOfNoServiceAreNotFound(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AJsonCallIsCutAtTheDefaultDeadline()
    {
        using var response = await _client.GetAsync($"/v1/clubs/{EchoBackends.SlowPath}");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefused()
    {
        using var content = new ByteArrayContent(new byte[(int)new GatewayOptions().MaxRequestBodyBytes + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _client.PostAsync("/v1/clubs", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TheGatewayAnswersItsOwnHealthCheck()
    {
        using var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Guards against drift between the contract and the routes: every JSON path that a service
    /// declares in its <c>google.api.http</c> annotations is routed to that service.
    /// </summary>
    [Fact]
    public void EveryJsonPathOfTheContractIsRoutedToItsServiceAndNoOther()
    {
        foreach (var method in ContractMethods.All.Where(method => method.JsonPath.Length > 0))
        {
            var routedTo = RoutedService.All
                .Where(service => service.JsonPrefixes.Any(prefix => method.JsonPath == prefix || method.JsonPath.StartsWith(prefix + "/", StringComparison.Ordinal)))
                .Select(service => service.Name);
            Assert.Equal([method.Service], routedTo);
        }
    }

    private static HttpRequestMessage GrpcRequest(string method) => new(HttpMethod.Post, "/" + method)
    {
        Content = new ByteArrayContent([0, 0, 0, 0, 0]) { Headers = { ContentType = new MediaTypeHeaderValue("application/grpc") } },
    };

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;
}
