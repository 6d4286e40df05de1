using Cigales.Contracts.Finance.V1;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.Finance.Projections;
using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;
using Enterprise = Cigales.Contracts.Finance.V1.Enterprise;

namespace Cigales.Finance.Api;

public sealed partial class FinanceApi
{
    public override async Task<Enterprise> RegisterEnterprise(RegisterEnterpriseRequest request, ServerCallContext context)
    {
        var enterprise = await grains.GetGrain<IEnterpriseGrain>(RequestValues.NewEntityId(request.RequestId)).RegisterAsync(request.ToCommand());
        return await WithFinancingAsync(enterprise, context);
    }

    public override async Task<Enterprise> GetEnterprise(GetEnterpriseRequest request, ServerCallContext context)
    {
        var enterprise = await grains.GetGrain<IEnterpriseGrain>(request.EnterpriseId).GetAsync()
            ?? throw new RefusedException(Unknown.Enterprise(request.EnterpriseId));
        return await WithFinancingAsync(enterprise, context);
    }

    public override async Task<ListEnterprisesResponse> ListEnterprises(ListEnterprisesRequest request, ServerCallContext context)
    {
        IQueryable<EnterpriseView> enterprises = query.Query<EnterpriseView>();
        if (request.Department.Length > 0)
        {
            enterprises = enterprises.Where(view => view.Details.Department == request.Department);
        }

        var page = await enterprises.ReadPageAsync(view => view.SortKey, request.Page, context.CancellationToken);
        var investments = await InvestmentsInAsync(page.Items.Select(view => view.Id), context);
        var shared = SharingFeed.Latest((await feed.ReadAfterAsync(0, context.CancellationToken)).Select(entry => entry.Change))
            .ToDictionary(project => project.ProjectHolderId, project => project.CoFinancings);
        return new ListEnterprisesResponse
        {
            Enterprises =
            {
                page.Items.Select(view => WithFinancing(
                    view.ToSnapshot(),
                    investments.Where(investment => investment.EnterpriseId == view.Id),
                    shared.GetValueOrDefault(view.Details.HolderId, []))),
            },
            Page = page.ToContract(),
        };
    }

    public override async Task<Enterprise> RecordCoFinancing(RecordCoFinancingRequest request, ServerCallContext context)
    {
        var enterprise = await grains.GetGrain<IEnterpriseGrain>(request.EnterpriseId).RecordCoFinancingAsync(new RecordCoFinancing(
            RequestValues.Key(request.RequestId),
            request.PartnerId,
            request.PartnerName,
            request.Amount.ToDomain(),
            request.Instrument.ToDomain(),
            RequestValues.Date("on", request.On)));
        return await WithFinancingAsync(enterprise, context);
    }

    /// <summary>
    /// The enterprise with its financing: the clubs' investments come from the investments' read
    /// model, the partners' co-financing from the enterprise and from its holder's shared project.
    /// </summary>
    private async Task<Enterprise> WithFinancingAsync(EnterpriseSnapshot enterprise, ServerCallContext context)
    {
        var investments = await InvestmentsInAsync([enterprise.EnterpriseId], context);
        var shared = enterprise.Details.HolderId.Length > 0 && await Holder(enterprise.Details.HolderId).GetSharedAsync() is { } project
            ? project.CoFinancings
            : [];
        return WithFinancing(enterprise, investments, shared);
    }

    private static Enterprise WithFinancing(EnterpriseSnapshot enterprise, IEnumerable<InvestmentFacts> investments, IReadOnlyList<Domain.PartnerCoFinancing> shared)
    {
        var contract = enterprise.ToContract(Portfolio.CoFinancing(investments, Domain.CoFinancedProjects.PartnerLines(enterprise.CoFinancing, shared)));
        contract.PartnerCoFinancings.Add(shared.Select(coFinancing => coFinancing.ToContract()));
        return contract;
    }

    private async Task<IReadOnlyList<InvestmentFacts>> InvestmentsInAsync(IEnumerable<string> enterpriseIds, ServerCallContext context)
    {
        var ids = enterpriseIds.ToArray();
        var views = await query.Query<InvestmentView>()
            .Where(view => ids.Contains(view.Decision.EnterpriseId))
            .ToListAsync(context.CancellationToken);
        return views.Select(view => view.ToFacts()).ToList();
    }
}
