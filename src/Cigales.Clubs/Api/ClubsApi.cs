using Cigales.Clubs.Projections;
using Cigales.Contracts.Clubs.V1;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;

namespace Cigales.Clubs.Api;

/// <summary>The Clubs gRPC service (and, through transcoding, its JSON API): map, ask the grain, map back.</summary>
public sealed class ClubsApi(IGrainFactory grains, IQuerySession query) : ClubsService.ClubsServiceBase
{
    public override async Task<Club> RegisterClub(RegisterClubRequest request, ServerCallContext context)
    {
        var club = grains.GetGrain<IClubGrain>(RequestValues.NewEntityId(request.RequestId));
        return (await club.RegisterAsync(request.ToCommand())).ToContract();
    }

    public override async Task<Club> GetClub(GetClubRequest request, ServerCallContext context)
    {
        var club = await grains.GetGrain<IClubGrain>(request.ClubId).GetAsync();
        return club?.ToContract()
            ?? throw new RefusedException(Refusal.NotFound("club_id", "club.exists", $"no club has the id '{request.ClubId}'"));
    }

    public override async Task<ListClubsResponse> ListClubs(ListClubsRequest request, ServerCallContext context)
    {
        var page = await query.ReadPageAsync<ClubView>(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListClubsResponse
        {
            Clubs = { page.Items.Select(view => view.ToSnapshot().ToContract()) },
            Page = page.ToContract(),
        };
    }
}
