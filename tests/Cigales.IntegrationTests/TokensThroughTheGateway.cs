using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Aspire.Hosting.Testing;
using Cigales.Contracts.Clubs.V1;
using Cigales.Security;
using Cigales.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Cigales.IntegrationTests;

/// <summary>Tokens from the identity service, checked by the gateway and by each service on the real system.</summary>
public sealed class TokensThroughTheGateway(WholeSystem system)
{
    [Fact]
    public void TheStaffClientGetsATokenOfTheIdentityServiceForTheApi()
    {
        var token = new JsonWebToken(system.StaffToken);

        Assert.Equal((WholeSystem.StaffClient, "staff:", Scopes.Audience), (token.Subject, token.GetClaim("membership").Value, token.Audiences.Single()));
        Assert.Equal(Scopes.All.Order(), token.GetClaim("scope").Value.Split(' ').Order());
    }

    [Fact]
    public async Task WithoutATokenOrWithAForgedOneNothingGoesThrough()
    {
        using var anonymous = system.App.CreateHttpClient("gateway", "http");
        var forged = TestTokens.For(WholeSystem.StaffClient, "staff", "", Scopes.All, signedWith: RSA.Create(2048));
        using var forging = system.App.CreateHttpClient("gateway", "http");
        forging.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint("gateway", "grpc"));

        var json = await anonymous.GetAsync("/v1/clubs");
        var forgedJson = await forging.GetAsync("/v1/clubs");
        var grpc = await Assert.ThrowsAsync<RpcException>(() => new ClubsService.ClubsServiceClient(channel).ListClubsAsync(new ListClubsRequest()).ResponseAsync);

        Assert.Equal(HttpStatusCode.Unauthorized, json.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedJson.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, grpc.StatusCode);
    }

    [Fact]
    public async Task AServiceCalledDirectlyChecksTheTokenToo()
    {
        using var direct = system.App.CreateHttpClient("clubs", "http");
        var refused = await direct.GetAsync("/v1/clubs");
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", system.StaffToken);
        var accepted = await direct.GetAsync("/v1/clubs");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Theory]
    [InlineData("clubs", "/v1/clubs/{clubId}/history")]
    [InlineData("grants", "/v1/conventions/{conventionId}/final-report-draft/csv")]
    [InlineData("events", "/v1/events")]
    [InlineData("finance", "/v1/shared-project-changes")]
    public async Task EachServicesApiIsDescribedThroughTheGatewayWithoutAToken(string service, string path)
    {
        using var anonymous = system.App.CreateHttpClient("gateway", "http");

        using var document = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync($"/openapi/{service}.json"));

        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out _), $"{path} is not in the {service} document");
    }
}
