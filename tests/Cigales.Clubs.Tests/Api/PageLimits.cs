using System.Net;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.ServiceKit.Paging;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Clubs.Tests.Api;

/// <summary>A list gives at most 100 items a page: a larger page is refused, by gRPC and by JSON, naming the field.</summary>
[Collection(ApiCollection.Name)]
public sealed class PageLimits(ClubsServiceHost service)
{
    // The service's own maximum, which must be the contract's (page.size: lte 100).
    private const int MaxPageSize = KeysetPaging.MaxSize;

    private readonly ClubsService.ClubsServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    [Fact]
    public async Task APageLargerThanTheMaximumIsRefusedNamingTheField()
    {
        var violation = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "page.size",
            () => _grpc.ListClubsAsync(new ListClubsRequest { Page = new PageRequest { Size = MaxPageSize + 1 } }).ResponseAsync);

        Assert.Contains(MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), violation.Description, StringComparison.Ordinal);
        await Statuses.RefusedAsJsonAsync(await _json.GetAsync($"/v1/clubs?page.size={MaxPageSize + 1}"), 400, "page.size");
    }

    [Fact]
    public async Task APageOfTheMaximumSizeIsServed()
    {
        await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Page pleine", Department = "62" });

        var page = await _grpc.ListClubsAsync(new ListClubsRequest { Page = new PageRequest { Size = MaxPageSize } });
        using var json = await _json.GetAsync($"/v1/clubs?page.size={MaxPageSize}");

        Assert.InRange(page.Clubs.Count, 1, MaxPageSize);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
    }
}
