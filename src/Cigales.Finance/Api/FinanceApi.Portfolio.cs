using Cigales.Contracts.Finance.V1;
using Cigales.Finance.Domain;
using Cigales.Finance.Projections;
using Cigales.GrainInterfaces.Clubs;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;
using CoFinancedProjects = Cigales.Contracts.Finance.V1.CoFinancedProjects;
using YearlyTable = Cigales.Contracts.Finance.V1.YearlyTable;

namespace Cigales.Finance.Api;

/// <summary>
/// The portfolio reports, computed from the investments' and the enterprises' read models (a few
/// hundred of each), with the clubs' names asked of the Clubs service.
/// </summary>
public sealed partial class FinanceApi
{
    public override async Task<YearlyTable> GetYearlyTable(GetYearlyTableRequest request, ServerCallContext context)
    {
        var (investments, enterprises) = await PortfolioFactsAsync(context);
        var table = Portfolio.Table(request.Department, request.Year, investments, enterprises);
        var clubNames = await grains.GetGrain<IClubDirectory>(0).NamesAsync(table.Rows.SelectMany(row => row.ClubIds).ToList());
        return table.ToContract(clubNames);
    }

    public override async Task<Holdings> ListHoldings(ListHoldingsRequest request, ServerCallContext context)
    {
        var asOf = request.AsOf.Length > 0
            ? RequestValues.Date("as_of", request.AsOf)
            : request.Year > 0 ? new DateOnly(request.Year, 12, 31) : clock.Today();
        var (investments, enterprises) = await PortfolioFactsAsync(context);
        var chosen = investments
            .Where(investment => request.ClubId.Length == 0 || investment.ClubId == request.ClubId)
            .Where(investment => enterprises.TryGetValue(investment.EnterpriseId, out var enterprise)
                && (request.Department.Length == 0 || enterprise.Department == request.Department)
                && (request.Territory.Length == 0 || enterprise.Territory == request.Territory));
        return Portfolio.Holdings(asOf, chosen, enterprises).ToContract(asOf);
    }

    public override async Task<PortfolioFigures> GetPortfolioFigures(GetPortfolioFiguresRequest request, ServerCallContext context)
    {
        var (investments, enterprises) = await PortfolioFactsAsync(context);
        return Portfolio.Figures(request.Year, investments, enterprises).ToContract();
    }

    public override async Task<CoFinancedProjects> GetCoFinancedProjects(GetCoFinancedProjectsRequest request, ServerCallContext context)
    {
        var asOf = request.AsOf.Length > 0 ? RequestValues.Date("as_of", request.AsOf) : clock.Today();
        var projects = SharingFeed.Latest((await feed.ReadAfterAsync(0, context.CancellationToken)).Select(entry => entry.Change));
        var enterprises = await query.Query<EnterpriseView>().ToListAsync(context.CancellationToken);
        var investments = await query.Query<InvestmentView>().ToListAsync(context.CancellationToken);
        var partners = AsPartner(context.CallerOf());
        return Domain.CoFinancedProjects.Of(
                asOf,
                projects,
                enterprises.Where(view => view.Details.HolderId.Length > 0)
                    .Select(view => new Domain.CoFinancedProjects.HolderEnterprise(view.Id, view.Details.HolderId, view.CoFinancing))
                    .ToList(),
                investments.Select(view => view.ToFacts()).ToList(),
                partners?.ToHashSet(StringComparer.Ordinal))
            .ToContract();
    }

    private async Task<(IReadOnlyList<InvestmentFacts> Investments, IReadOnlyDictionary<string, EnterpriseFacts> Enterprises)> PortfolioFactsAsync(
        ServerCallContext context)
    {
        var investments = await query.Query<InvestmentView>().ToListAsync(context.CancellationToken);
        var enterprises = await query.Query<EnterpriseView>().ToListAsync(context.CancellationToken);
        return (investments.Select(view => view.ToFacts()).ToList(), enterprises.ToDictionary(view => view.Id, view => view.ToFacts()));
    }

}
