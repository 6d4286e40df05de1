using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Finance.Contacts;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.Finance.Partners;
using Cigales.Finance.Projections;
using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.History;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;
using ProjectHolder = Cigales.Contracts.Finance.V1.ProjectHolder;

namespace Cigales.Finance.Api;

/// <summary>
/// The Finance gRPC service (and, through transcoding, its JSON API): map, ask the grain, map back.
/// Lists and reports read the read models; one file per concern.
/// </summary>
public sealed partial class FinanceApi(
    IGrainFactory grains, IDocumentStore store, IQuerySession query, PartnerFeed feed, HolderContacts contacts, TimeProvider clock) : FinanceService.FinanceServiceBase
{
    public override async Task<History> GetProjectHistory(GetProjectHistoryRequest request, ServerCallContext context) =>
        await ObjectHistory.ReadAsync<Domain.ProjectHolderEvent>(store, request.ProjectHolderId, request.Page, context.CancellationToken)
            ?? throw UnknownHolder(request.ProjectHolderId);

    public override async Task<ProjectHolder> RegisterProjectHolder(RegisterProjectHolderRequest request, ServerCallContext context)
    {
        var holder = grains.GetGrain<IProjectHolderGrain>(RequestValues.NewEntityId(request.RequestId));
        return (await holder.RegisterAsync(request.ToCommand())).ToContract();
    }

    public override async Task<ProjectHolder> GetProjectHolder(GetProjectHolderRequest request, ServerCallContext context)
    {
        var holder = await Holder(request.ProjectHolderId).GetAsync();
        return holder?.ToContract() ?? throw UnknownHolder(request.ProjectHolderId);
    }

    public override async Task<ListProjectHoldersResponse> ListProjectHolders(ListProjectHoldersRequest request, ServerCallContext context)
    {
        var page = await Filtered(query.Query<ProjectHolderView>(), request).ReadPageAsync(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListProjectHoldersResponse
        {
            ProjectHolders = { page.Items.Select(view => view.ToSnapshot().ToContract()) },
            Page = page.ToContract(),
        };
    }

    public override async Task<ProjectHolder> AdvanceProjectHolder(AdvanceProjectHolderRequest request, ServerCallContext context) =>
        (await Holder(request.ProjectHolderId).AdvanceAsync(request.ToCommand())).ToContract();

    public override async Task<ProjectHolder> DropProjectHolder(DropProjectHolderRequest request, ServerCallContext context) =>
        (await Holder(request.ProjectHolderId).DropAsync(new DropProjectHolder(RequestValues.Date("on", request.On), request.Reason))).ToContract();

    /// <summary>Computed from every holder's read model.</summary>
    public override async Task<Contracts.Finance.V1.PipelineFigures> GetPipelineFigures(GetPipelineFiguresRequest request, ServerCallContext context)
    {
        var from = RequestValues.Date("period.start", request.Period.Start);
        var to = RequestValues.Date("period.end", request.Period.End);
        var holders = await query.Query<ProjectHolderView>().ToListAsync(context.CancellationToken);
        return Domain.PipelineFigures.Compute(holders.Select(holder => holder.Steps), from, to).ToContract();
    }

    private IProjectHolderGrain Holder(string id) => grains.GetGrain<IProjectHolderGrain>(id);

    private static RefusedException UnknownHolder(string id) =>
        new(Unknown.ProjectHolder(id));
}
