using Cigales.Contracts.Finance.V1;
using Cigales.Finance.Projections;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Finance;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;

namespace Cigales.Finance.Api;

/// <summary>The Finance gRPC service (and, through transcoding, its JSON API): map, ask the grain, map back.</summary>
public sealed class FinanceApi(IGrainFactory grains, IQuerySession query) : FinanceService.FinanceServiceBase
{
    public override async Task<ProjectHolder> RegisterProjectHolder(RegisterProjectHolderRequest request, ServerCallContext context)
    {
        var holder = grains.GetGrain<IProjectHolderGrain>(RequestValues.NewEntityId(request.RequestId));
        return (await holder.RegisterAsync(request.ToCommand())).ToContract();
    }

    public override async Task<ProjectHolder> GetProjectHolder(GetProjectHolderRequest request, ServerCallContext context)
    {
        var holder = await grains.GetGrain<IProjectHolderGrain>(request.ProjectHolderId).GetAsync();
        return holder?.ToContract()
            ?? throw new RefusedException(Refusal.NotFound("project_holder_id", "project_holder.exists", $"no project holder has the id '{request.ProjectHolderId}'"));
    }

    public override async Task<ListProjectHoldersResponse> ListProjectHolders(ListProjectHoldersRequest request, ServerCallContext context)
    {
        var page = await query.ReadPageAsync<ProjectHolderView>(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListProjectHoldersResponse
        {
            ProjectHolders = { page.Items.Select(view => view.ToSnapshot().ToContract()) },
            Page = page.ToContract(),
        };
    }
}
