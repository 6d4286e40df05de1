using Cigales.GrainInterfaces.Grants;
using Cigales.Grants.Domain;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.Grants.Grains;

/// <summary>
/// The single writer of a convention's stream. Where money meets the budget line — the grant
/// charged when the deliberation is adopted, given back when an amendment lowers it, after control
/// or termination — the line is moved first (idempotent by a key of this convention), then the
/// event is stored: a retry after a failure moves the line once.
/// </summary>
public sealed class ConventionGrain(IDocumentStore store, TimeProvider clock, ILogger<ConventionGrain> logger)
    : EventSourcedGrain<ConventionState, ConventionEvent>(store, logger), IConventionGrain
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private IBudgetLineGrain BudgetLine => GrainFactory.GetGrain<IBudgetLineGrain>(State.Terms.BudgetLineId);

    public async Task<ConventionSnapshot> DraftAsync(ConventionTerms terms)
    {
        var facts = new ConventionRules.Facts(
            await GrainFactory.GetGrain<IOrganisationGrain>(terms.Funder.OrganisationId).GetAsync() is not null,
            await GrainFactory.GetGrain<IOrganisationGrain>(terms.Beneficiary.OrganisationId).GetAsync() is not null,
            await GrainFactory.GetGrain<IBudgetLineGrain>(terms.BudgetLineId).GetAsync());
        return await ChangeAsync(ConventionRules.Draft(State, StreamId, terms, facts, clock.GetUtcNow()));
    }

    public Task<ConventionSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());

    public Task<ConventionSnapshot> RecordReportAsync(CommitteeReport report) => ChangeAsync(ConventionRules.RecordReport(State, report, Today));

    public async Task<ConventionSnapshot> RecordDeliberationAsync(Deliberation deliberation)
    {
        var decision = ConventionRules.RecordDeliberation(State, deliberation, Today);
        if (!decision.IsRefused && deliberation.Adopted)
        {
            await BudgetLine.ChargeAsync(new BudgetCharge($"grant:{StreamId}", StreamId, State.Terms.GrantCents));
        }

        return await ChangeAsync(decision);
    }

    public Task<ConventionSnapshot> SignAsync(DateOnly on) => ChangeAsync(ConventionRules.Sign(State, on, Today));

    public Task<ConventionSnapshot> RecordPaymentAsync(RecordGrantPayment command) => ChangeAsync(ConventionRules.RecordPayment(State, command, Today));

    public Task<ConventionSnapshot> SubmitFinalReportAsync(FinalReport report) => ChangeAsync(ConventionRules.SubmitFinalReport(State, report, Today));

    /// <summary>What was not accepted goes back to the budget line.</summary>
    public Task<ConventionSnapshot> ControlAsync(ControlConvention command) =>
        ReleasingAsync(ConventionRules.Control(State, command, Today), "control", State.Terms.GrantCents - command.AcceptedCents);

    public Task<ConventionSnapshot> CloseAsync(DateOnly on) => ChangeAsync(ConventionRules.Close(State, on, Today));

    public async Task<ConventionSnapshot> AmendAsync(Amendment amendment)
    {
        var decision = ConventionRules.Amend(State, amendment, Today);
        if (!decision.IsRefused && amendment.GrantCents is { } grant && grant != State.Terms.GrantCents)
        {
            var change = new BudgetCharge($"amendment-{amendment.Number}:{StreamId}", StreamId, Math.Abs(grant - State.Terms.GrantCents));
            await (grant > State.Terms.GrantCents ? BudgetLine.ChargeAsync(change) : BudgetLine.ReleaseAsync(change));
        }

        return await ChangeAsync(decision);
    }

    public Task<ConventionSnapshot> RequestExtensionAsync(ExtensionRequest request) => ChangeAsync(ConventionRules.RequestExtension(State, request, Today));

    public Task<ConventionSnapshot> DecideExtensionAsync(Deliberation deliberation) => ChangeAsync(ConventionRules.DecideExtension(State, deliberation, Today));

    /// <summary>What was not used goes back to the budget line.</summary>
    public Task<ConventionSnapshot> TerminateAsync(Termination termination) =>
        ReleasingAsync(ConventionRules.Terminate(State, termination, Today), "termination", State.Terms.GrantCents - termination.UsedCents);

    public Task<ConventionSnapshot> ClaimRepaymentAsync(DateOnly on) => ChangeAsync(ConventionRules.ClaimRepayment(State, on, Today));

    public Task<ConventionSnapshot> SaveReportDraftAsync(ReportDraft draft) => ChangeAsync(ConventionRules.SaveReportDraft(State, draft));

    /// <summary>Accepted, the decision first gives the amount back to the budget line (once, by its key), then is stored.</summary>
    private async Task<ConventionSnapshot> ReleasingAsync(Decision<ConventionEvent> decision, string why, long cents)
    {
        if (!decision.IsRefused && cents > 0)
        {
            await BudgetLine.ReleaseAsync(new BudgetCharge($"{why}:{StreamId}", StreamId, cents));
        }

        return await ChangeAsync(decision);
    }

    private async Task<ConventionSnapshot> ChangeAsync(Decision<ConventionEvent> decision)
    {
        await CommitAsync(decision);
        return State.ToSnapshot()!;
    }
}
