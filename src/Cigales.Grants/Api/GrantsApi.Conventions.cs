using Cigales.Contracts.Grants.V1;
using Cigales.GrainInterfaces;
using Cigales.Security;
using Cigales.Grants.Domain;
using Cigales.Grants.Grains;
using Cigales.Grants.Projections;
using Cigales.Grants.Access;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Convention = Cigales.Contracts.Grants.V1.Convention;

namespace Cigales.Grants.Api;

public sealed partial class GrantsApi
{
    public override async Task<Convention> DraftConvention(DraftConventionRequest request, ServerCallContext context) =>
        (await Convention(RequestValues.NewEntityId(request.RequestId)).DraftAsync(request.Terms.ToDomain())).ToContract();

    public override async Task<Convention> GetConvention(GetConventionRequest request, ServerCallContext context)
    {
        var convention = await Convention(request.ConventionId).GetAsync();
        return convention?.ToContract() ?? throw new RefusedException(Unknown.Convention(request.ConventionId));
    }

    /// <summary>What a caller is told of a convention that does not exist, or that is not theirs to see.</summary>

    public override async Task<ListConventionsResponse> ListConventions(ListConventionsRequest request, ServerCallContext context)
    {
        IQueryable<ConventionView> conventions = query.Query<ConventionView>();
        // A funder's officer lists their funders' conventions, whatever they ask (GrantsAccess
        // refuses another funder's id): the one asked for, or all of theirs.
        var funders = FundersAsked(context.CallerOf(), request.FunderId);
        if (funders.Count > 0)
        {
            conventions = conventions.Where(view => funders.Contains(view.State.Terms.Funder.OrganisationId));
        }

        var page = await conventions.ReadPageAsync(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListConventionsResponse { Conventions = { page.Items.Select(view => view.ToSnapshot().ToContract()) }, Page = page.ToContract() };
    }

    public override async Task<Convention> RecordCommitteeReport(RecordCommitteeReportRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).RecordReportAsync(request.Report.ToDomain())).ToContract();

    public override async Task<Convention> RecordDeliberation(RecordDeliberationRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).RecordDeliberationAsync(request.Deliberation.ToDomain())).ToContract();

    public override async Task<Convention> SignConvention(DatedRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).SignAsync(RequestValues.Date("on", request.On))).ToContract();

    public override async Task<Convention> RecordGrantPayment(RecordGrantPaymentRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).RecordPaymentAsync(new RecordGrantPayment(RequestValues.Key(request.RequestId), request.Amount.ToDomain(), RequestValues.Date("on", request.On)))).ToContract();

    public override async Task<Convention> SubmitFinalReport(SubmitFinalReportRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).SubmitFinalReportAsync(request.Report.ToDomain())).ToContract();

    public override async Task<Convention> ControlConvention(ControlConventionRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).ControlAsync(request.ToDomain())).ToContract();

    public override async Task<Convention> CloseConvention(DatedRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).CloseAsync(RequestValues.Date("on", request.On))).ToContract();

    public override async Task<Convention> AmendConvention(AmendConventionRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).AmendAsync(request.Amendment.ToDomain())).ToContract();

    public override async Task<Convention> RequestExtension(RequestExtensionRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).RequestExtensionAsync(new ExtensionRequest(
            RequestValues.Date("requested_on", request.RequestedOn), RequestValues.Date("new_end", request.NewEnd), request.Reason))).ToContract();

    public override async Task<Convention> DecideExtension(RecordDeliberationRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).DecideExtensionAsync(request.Deliberation.ToDomain())).ToContract();

    public override async Task<Convention> TerminateConvention(TerminateConventionRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).TerminateAsync(request.ToDomain())).ToContract();

    public override async Task<Convention> OrderRecovery(OrderRecoveryRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).OrderRecoveryAsync(request.ToDomain())).ToContract();

    public override async Task<Convention> RecordRecoveryPayment(RecordRecoveryPaymentRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).RecordRecoveryPaymentAsync(request.ToDomain())).ToContract();

    public override async Task<Convention> ClaimRepayment(DatedRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).ClaimRepaymentAsync(RequestValues.Date("on", request.On))).ToContract();

    public override async Task<Convention> RecordBankDetails(RecordBankDetailsRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).RecordBankDetailsAsync(request.BankDetails.ToDomain())).ToContract();

    public override async Task<Convention> RecordExpense(RecordExpenseRequest request, ServerCallContext context) =>
        (await Convention(request.ConventionId).RecordExpenseAsync(request.ToDomain())).ToContract();

    /// <summary>The funder asked for; for a funder's officer asking for none, all of theirs; for staff asking for none, every funder (empty).</summary>
    private static IReadOnlyList<string> FundersAsked(Caller caller, string funderId) =>
        funderId.Length > 0 ? [funderId]
        : !caller.IsStaff && caller.HoldsAny(GrantsAccess.IsFunder) ? caller.ObjectsAs(GrantsAccess.IsFunder)
        : [];

    private IConventionGrain Convention(string id) => grains.GetGrain<IConventionGrain>(id);
}
