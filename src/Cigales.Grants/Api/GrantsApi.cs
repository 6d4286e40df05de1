using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.GrainInterfaces;
using Cigales.Grants.Grains;
using Cigales.Grants.Projections;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.History;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;
using BudgetLine = Cigales.Contracts.Grants.V1.BudgetLine;
using Organisation = Cigales.Contracts.Grants.V1.Organisation;

namespace Cigales.Grants.Api;

/// <summary>
/// The Grants gRPC service (and, through transcoding, its JSON API): map, ask the grain, map back.
/// Organisations and budget lines here; conventions, deadlines and open data in the other parts.
/// </summary>
public sealed partial class GrantsApi(IGrainFactory grains, IDocumentStore store, IQuerySession query, TimeProvider clock) : GrantsService.GrantsServiceBase
{
    public override async Task<History> GetConventionHistory(GetConventionHistoryRequest request, ServerCallContext context) =>
        await ObjectHistory.ReadAsync<Domain.ConventionEvent>(store, request.ConventionId, request.Page, context.CancellationToken)
            ?? throw new RefusedException(Unknown.Convention(request.ConventionId));

    public override async Task<Organisation> RegisterOrganisation(RegisterOrganisationRequest request, ServerCallContext context) =>
        (await grains.GetGrain<IOrganisationGrain>(RequestValues.NewEntityId(request.RequestId)).RegisterAsync(request.ToCommand())).ToContract();

    public override async Task<Organisation> GetOrganisation(GetOrganisationRequest request, ServerCallContext context)
    {
        var organisation = await grains.GetGrain<IOrganisationGrain>(request.OrganisationId).GetAsync();
        return organisation?.ToContract()
            ?? throw new RefusedException(Unknown.Organisation(request.OrganisationId));
    }

    public override async Task<ListOrganisationsResponse> ListOrganisations(ListOrganisationsRequest request, ServerCallContext context)
    {
        var page = await query.ReadPageAsync<OrganisationView>(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListOrganisationsResponse { Organisations = { page.Items.Select(view => view.ToSnapshot().ToContract()) }, Page = page.ToContract() };
    }

    public override async Task<BudgetLine> OpenBudgetLine(OpenBudgetLineRequest request, ServerCallContext context) =>
        (await grains.GetGrain<IBudgetLineGrain>(RequestValues.NewEntityId(request.RequestId)).OpenAsync(request.ToCommand())).ToContract();

    public override async Task<BudgetLine> GetBudgetLine(GetBudgetLineRequest request, ServerCallContext context)
    {
        var line = await grains.GetGrain<IBudgetLineGrain>(request.BudgetLineId).GetAsync();
        return line?.ToContract()
            ?? throw new RefusedException(Unknown.BudgetLine(request.BudgetLineId));
    }

    public override async Task<ListBudgetLinesResponse> ListBudgetLines(ListBudgetLinesRequest request, ServerCallContext context)
    {
        IQueryable<BudgetLineView> lines = query.Query<BudgetLineView>();
        // A funder's officer lists their funders' lines whatever they ask (GrantsAccess refuses another's id).
        var funders = FundersAsked(context.CallerOf(), request.FunderId);
        if (funders.Count > 0)
        {
            lines = lines.Where(view => funders.Contains(view.Details.FunderId));
        }

        var page = await lines.ReadPageAsync(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListBudgetLinesResponse { BudgetLines = { page.Items.Select(view => view.ToSnapshot().ToContract()) }, Page = page.ToContract() };
    }
}
