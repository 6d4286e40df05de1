using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Clubs.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ClubsApiBehaviour(ClubsServiceHost service)
{
    private readonly ClubsService.ClubsServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    [Fact]
    public async Task AClubRegisteredByGrpcIsReadBackByGrpcAndJson()
    {
        var registered = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Ch'ti Karité", Commune = "Lens", Department = "62" });

        var read = await _grpc.GetClubAsync(new GetClubRequest { ClubId = registered.ClubId });
        using var json = JsonDocument.Parse(await _json.GetStringAsync($"/v1/clubs/{registered.ClubId}"));

        Assert.Equal(registered, read);
        Assert.Equal(ClubStatus.Forming, read.Status);
        Assert.Equal("Ch'ti Karité", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("CLUB_STATUS_FORMING", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AClubRegisteredByJsonIsListed()
    {
        var response = await _json.PostAsJsonAsync("/v1/clubs", new { name = "Solartois Ter", commune = "Arras", department = "62" });
        response.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("clubId").GetString();

        var listed = await AllClubsAsync(pageSize: 100);

        Assert.Contains(listed, club => club.ClubId == id && club.Name == "Solartois Ter");
    }

    [Fact]
    public async Task ListsComeByNameOnePageAtATimeWithoutRepeats()
    {
        foreach (var name in new[] { "Zeta", "alpha", "Mu", "Beta", "Kappa" })
        {
            await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = name, Department = "62" });
        }

        var paged = await AllClubsAsync(pageSize: 2);
        var inOnePage = await AllClubsAsync(pageSize: 100);

        Assert.Equal(inOnePage.Select(club => club.ClubId), paged.Select(club => club.ClubId));
        Assert.Equal(paged.Count, paged.Select(club => club.ClubId).Distinct().Count());
        var names = paged.Select(club => club.Name.ToLowerInvariant()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task ARetryWithTheSameRequestIdRegistersOneClub()
    {
        var request = new RegisterClubRequest { RequestId = Guid.NewGuid().ToString(), Name = "La Toupiole", Department = "62" };

        var first = await _grpc.RegisterClubAsync(request);
        var eventsAfterFirst = await service.CountEventsAsync();
        var retry = await _grpc.RegisterClubAsync(request);

        Assert.Equal(first, retry);
        Assert.Equal(eventsAfterFirst, await service.CountEventsAsync());
    }

    [Fact]
    public async Task AClubWithoutANameIsRefusedNamingTheFieldAndNothingIsStored()
    {
        var eventsBefore = await service.CountEventsAsync();

        var violation = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "name",
            () => _grpc.RegisterClubAsync(new RegisterClubRequest { Department = "62" }).ResponseAsync);
        var json = await _json.PostAsJsonAsync("/v1/clubs", new { department = "62" });

        Assert.Equal("required", violation.Reason);
        await Statuses.RefusedAsJsonAsync(json, 400, "name");
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task AnUnknownDepartmentIsRefusedNamingTheField()
    {
        var violation = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "department",
            () => _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Nowhere", Department = "99" }).ResponseAsync);

        Assert.Equal("string.pattern", violation.Reason);
    }

    [Fact]
    public async Task AnUnknownClubIsNotFoundNamingTheId()
    {
        await Statuses.RefusedAsync(StatusCode.NotFound, "club_id",
            () => _grpc.GetClubAsync(new GetClubRequest { ClubId = "no-such-club" }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(await _json.GetAsync("/v1/clubs/no-such-club"), 404, "club_id");
    }

    [Fact]
    public async Task AForgedPageTokenIsRefusedNamingTheField()
    {
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "page.token",
            () => _grpc.ListClubsAsync(new ListClubsRequest { Page = new PageRequest { Token = "%%%" } }).ResponseAsync);
    }

    private async Task<List<Club>> AllClubsAsync(int pageSize)
    {
        var clubs = new List<Club>();
        var token = string.Empty;
        do
        {
            var page = await _grpc.ListClubsAsync(new ListClubsRequest { Page = new PageRequest { Size = pageSize, Token = token } });
            Assert.InRange(page.Clubs.Count, 0, pageSize);
            clubs.AddRange(page.Clubs);
            token = page.Page.NextToken;
        }
        while (token.Length > 0);

        return clubs;
    }
}
