using Cigales.Contracts.Grants.V1;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Grants;
using Cigales.Grants.Projections;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;

namespace Cigales.Grants.Api;

/// <summary>The Grants gRPC service (and, through transcoding, its JSON API): map, ask the grain, map back.</summary>
public sealed class GrantsApi(IGrainFactory grains, IQuerySession query) : GrantsService.GrantsServiceBase
{
    public override async Task<Convention> RegisterConvention(RegisterConventionRequest request, ServerCallContext context)
    {
        var convention = grains.GetGrain<IConventionGrain>(RequestValues.NewEntityId(request.RequestId));
        return (await convention.RegisterAsync(request.ToCommand())).ToContract();
    }

    public override async Task<Convention> GetConvention(GetConventionRequest request, ServerCallContext context)
    {
        var convention = await grains.GetGrain<IConventionGrain>(request.ConventionId).GetAsync();
        return convention?.ToContract()
            ?? throw new RefusedException(Refusal.NotFound("convention_id", "convention.exists", $"no convention has the id '{request.ConventionId}'"));
    }

    public override async Task<ListConventionsResponse> ListConventions(ListConventionsRequest request, ServerCallContext context)
    {
        var page = await query.ReadPageAsync<ConventionView>(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListConventionsResponse
        {
            Conventions = { page.Items.Select(view => view.ToSnapshot().ToContract()) },
            Page = page.ToContract(),
        };
    }
}
