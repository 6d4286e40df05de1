using Cigales.Contracts.Finance.V1;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.Finance.Projections;
using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Investment = Cigales.Contracts.Finance.V1.Investment;

namespace Cigales.Finance.Api;

public sealed partial class FinanceApi
{
    public override async Task<Investment> RecordInvestment(RecordInvestmentRequest request, ServerCallContext context) =>
        (await Investment(RequestValues.NewEntityId(request.RequestId)).RecordAsync(request.ToCommand())).ToContract();

    public override async Task<Investment> GetInvestment(GetInvestmentRequest request, ServerCallContext context)
    {
        var investment = await Investment(request.InvestmentId).GetAsync();
        return investment?.ToContract()
            ?? throw new RefusedException(Unknown.Investment(request.InvestmentId));
    }

    public override async Task<ListInvestmentsResponse> ListInvestments(ListInvestmentsRequest request, ServerCallContext context)
    {
        IQueryable<InvestmentView> investments = query.Query<InvestmentView>();
        if (request.ClubId.Length > 0)
        {
            investments = investments.Where(view => view.Decision.ClubId == request.ClubId);
        }

        if (request.EnterpriseId.Length > 0)
        {
            investments = investments.Where(view => view.Decision.EnterpriseId == request.EnterpriseId);
        }

        if (request.Year > 0)
        {
            var (first, last) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
            investments = investments.Where(view => view.Decision.DecidedOn >= first && view.Decision.DecidedOn <= last);
        }

        var page = await investments.ReadPageAsync(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListInvestmentsResponse
        {
            Investments = { page.Items.Select(view => view.ToSnapshot().ToContract()) },
            Page = page.ToContract(),
        };
    }

    public override async Task<Investment> DisburseInvestment(DisburseInvestmentRequest request, ServerCallContext context) =>
        (await Investment(request.InvestmentId).DisburseAsync(request.ToCommand())).ToContract();

    public override async Task<Investment> RecordRepayment(RecordRepaymentRequest request, ServerCallContext context) =>
        (await Investment(request.InvestmentId).RecordRepaymentAsync(request.ToCommand())).ToContract();

    public override async Task<Investment> RecordExit(RecordRepaymentRequest request, ServerCallContext context) =>
        (await Investment(request.InvestmentId).ExitAsync(request.ToCommand())).ToContract();

    public override async Task<Investment> WriteOffInvestment(WriteOffInvestmentRequest request, ServerCallContext context) =>
        (await Investment(request.InvestmentId).WriteOffAsync(new WriteOffInvestment(RequestValues.Key(request.RequestId), RequestValues.Date("on", request.On)))).ToContract();

    public override async Task<Investment> CancelInvestment(CancelInvestmentRequest request, ServerCallContext context) =>
        (await Investment(request.InvestmentId).CancelAsync(new CancelInvestment(RequestValues.Key(request.RequestId), RequestValues.Date("on", request.On), request.Reason))).ToContract();

    private IInvestmentGrain Investment(string id) => grains.GetGrain<IInvestmentGrain>(id);
}
