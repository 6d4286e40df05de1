using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Cigales.Contracts.Clubs.V1;
using Cigales.Security;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Clubs.Tests.Api;

/// <summary>Straight to the service, past the gateway: every call needs a valid token, and the scope its method needs.</summary>
[Collection(ApiCollection.Name)]
public sealed class AccessBehaviour(ClubsServiceHost service)
{
    public static TheoryData<string, string?> InvalidTokens() => new()
    {
        { "no token", null },
        { "expired", TestTokens.For("staff-tests", "staff", "", Scopes.All, lifetime: TimeSpan.FromMinutes(-1)) },
        { "signed by another key", TestTokens.For("staff-tests", "staff", "", Scopes.All, signedWith: RSA.Create(2048)) },
        { "for another audience", TestTokens.For("staff-tests", "staff", "", Scopes.All, audience: "another-api") },
    };

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task WithoutAValidTokenNoCallGoesThrough(string why, string? token)
    {
        var grpc = new ClubsService.ClubsServiceClient(service.ChannelWith(token));

        var exception = await Assert.ThrowsAsync<RpcException>(() => grpc.ListClubsAsync(new ListClubsRequest()).ResponseAsync);
        var json = await service.ClientWith(token).GetAsync("/v1/clubs");

        Assert.True(exception.StatusCode == StatusCode.Unauthenticated, why);
        Assert.Equal(HttpStatusCode.Unauthorized, json.StatusCode);
    }

    [Fact]
    public async Task AReadOnlyTokenReadsButDoesNotWrite()
    {
        var reader = TestTokens.For("reader", Roles.Staff, "", [Scopes.Read("clubs")]);
        var grpc = new ClubsService.ClubsServiceClient(service.ChannelWith(reader));
        var eventsBefore = await service.CountEventsAsync();

        await grpc.ListClubsAsync(new ListClubsRequest());
        var denied = await Assert.ThrowsAsync<RpcException>(() => grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Cigales du Ternois", Department = "62" }).ResponseAsync);
        var json = await service.ClientWith(reader).PostAsJsonAsync("/v1/clubs", new { name = "Cigales du Ternois", department = "62" });

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Contains("clubs.write", denied.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task AnotherServicesScopeOpensNothingHere()
    {
        var grpc = new ClubsService.ClubsServiceClient(service.ChannelWith(TestTokens.For("funder", "funder", "dept-62", [Scopes.Read("grants")])));

        var denied = await Assert.ThrowsAsync<RpcException>(() => grpc.ListClubsAsync(new ListClubsRequest()).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }

    [Fact]
    public async Task HealthNeedsNoToken()
    {
        var response = await service.ClientWith(null).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentNeedsNoTokenAndDescribesTheJsonApiFromTheContract()
    {
        var response = await service.ClientWith(null).GetAsync("/openapi/v1.json");
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v1/clubs/{clubId}/history", out var history));
        Assert.Contains("who made it", history.GetProperty("get").GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(document.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("bearer", out _));
    }
}
