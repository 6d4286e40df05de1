using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Grants;
using Cigales.Grants.Domain;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;
using Microsoft.Extensions.Options;

namespace Cigales.Grants.Grains;

/// <summary>
/// The single writer of a convention's stream. Where money meets the budget line (<see cref="BudgetMoves"/>),
/// the move is recorded first, then made by the line (idempotent by its key), then recorded as
/// made; every command first finishes a move left pending, and so does the grain's reminder —
/// registered before a move is recorded, removed once none is left.
/// </summary>
public sealed class ConventionGrain(
    IDocumentStore store, TimeProvider clock, IPendingWorkHooks hooks, IOptions<PendingWorkOptions> options, ILogger<ConventionGrain> logger)
    : EventSourcedGrain<ConventionState, ConventionEvent>(store, logger), IConventionGrain, IConventionAxes, IRemindable
{
    private ResumeReminder? _reminder;

    private ResumeReminder Reminder => _reminder ??= new ResumeReminder(this, "budget-move", options.Value, logger);

    private IBudgetLineGrain BudgetLine => GrainFactory.GetGrain<IBudgetLineGrain>(State.Terms.BudgetLineId);

    public async Task<ConventionSnapshot> DraftAsync(ConventionTerms terms)
    {
        var facts = new ConventionRules.Facts(
            await GrainFactory.GetGrain<IOrganisationGrain>(terms.Funder.OrganisationId).GetAsync() is not null,
            await GrainFactory.GetGrain<IOrganisationGrain>(terms.Beneficiary.OrganisationId).GetAsync() is not null,
            await GrainFactory.GetGrain<IBudgetLineGrain>(terms.BudgetLineId).GetAsync(),
            await UnknownOrganisationsAsync(terms.Shares ?? []));
        return await ChangeAsync(() => ConventionRules.Draft(State, StreamId, terms, facts, clock.GetUtcNow()));
    }

    public Task<ConventionSnapshot> RecordBankDetailsAsync(BankDetails details) => ChangeAsync(() => ConventionRules.RecordBankDetails(State, details));

    public Task<ConventionSnapshot> RecordExpenseAsync(Expense expense) => ChangeAsync(() => ConventionRules.RecordExpense(State, expense, clock.Today()));

    public Task<ConventionSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());

    public Task<IReadOnlyList<int>> AxisNumbersAsync() =>
        Task.FromResult<IReadOnlyList<int>>(State.Drafting is null ? [] : State.Terms.Axes.Select(axis => axis.Number).ToList());

    public Task<ConventionPeriod?> PeriodAsync() =>
        Task.FromResult(State.Drafting is null ? null : new ConventionPeriod(State.Terms.Start, State.Terms.End));

    public Task<ConventionSnapshot> RecordReportAsync(CommitteeReport report) => ChangeAsync(() => ConventionRules.RecordReport(State, report, clock.Today()));

    /// <summary>Adopted, the grant is charged to the budget line first: refused beyond its credits, and then not recorded.</summary>
    public Task<ConventionSnapshot> RecordDeliberationAsync(Deliberation deliberation) => ChangeAsync(() => ConventionRules.RecordDeliberation(State, deliberation, clock.Today()));

    public Task<ConventionSnapshot> SignAsync(DateOnly on) => ChangeAsync(() => ConventionRules.Sign(State, on, clock.Today()));

    public Task<ConventionSnapshot> RecordPaymentAsync(RecordGrantPayment command) => ChangeAsync(() => ConventionRules.RecordPayment(State, command, clock.Today()));

    public Task<ConventionSnapshot> SubmitFinalReportAsync(FinalReport report) => ChangeAsync(() => ConventionRules.SubmitFinalReport(State, report, clock.Today()));

    /// <summary>What was not accepted goes back to the budget line.</summary>
    public Task<ConventionSnapshot> ControlAsync(ControlConvention command) => ChangeAsync(() => ConventionRules.Control(State, command, clock.Today()));

    public Task<ConventionSnapshot> CloseAsync(DateOnly on) => ChangeAsync(() => ConventionRules.Close(State, on, clock.Today()));

    public Task<ConventionSnapshot> AmendAsync(Amendment amendment) => ChangeAsync(() => ConventionRules.Amend(State, amendment, clock.Today()));

    public Task<ConventionSnapshot> RequestExtensionAsync(ExtensionRequest request) => ChangeAsync(() => ConventionRules.RequestExtension(State, request, clock.Today()));

    public Task<ConventionSnapshot> DecideExtensionAsync(Deliberation deliberation) => ChangeAsync(() => ConventionRules.DecideExtension(State, deliberation, clock.Today()));

    /// <summary>What was not used goes back to the budget line.</summary>
    public Task<ConventionSnapshot> TerminateAsync(Termination termination) => ChangeAsync(() => ConventionRules.Terminate(State, termination, clock.Today()));

    public Task<ConventionSnapshot> OrderRecoveryAsync(OrderRecovery command) => ChangeAsync(() => ConventionRules.OrderRecovery(State, command, clock.Today()));

    public Task<ConventionSnapshot> RecordRecoveryPaymentAsync(RecordRecoveryPayment command) => ChangeAsync(() => ConventionRules.RecordRecoveryPayment(State, command, clock.Today()));

    public Task<ConventionSnapshot> ClaimRepaymentAsync(DateOnly on) => ChangeAsync(() => ConventionRules.ClaimRepayment(State, on, clock.Today()));

    public Task<ConventionSnapshot> SaveReportDraftAsync(ReportDraft draft) => ChangeAsync(() => ConventionRules.SaveReportDraft(State, draft));

    public Task ReceiveReminder(string reminderName, TickStatus status) => Reminder.TickAsync(MovePendingAsync);

    private async Task<IReadOnlyList<string>> UnknownOrganisationsAsync(IReadOnlyList<BeneficiaryShare> shares)
    {
        var unknown = new List<string>();
        foreach (var id in shares.Select(share => share.OrganisationId).Distinct())
        {
            if (await GrainFactory.GetGrain<IOrganisationGrain>(id).GetAsync() is null)
            {
                unknown.Add(id);
            }
        }

        return unknown;
    }

    private async Task<ConventionSnapshot> ChangeAsync(Func<Decision<ConventionEvent>> decide)
    {
        await MovePendingAsync();
        var decision = decide();
        var move = decision.Events.OfType<BudgetMoveRequested>().SingleOrDefault();
        if (move is not null)
        {
            // Before the move is recorded: should this activation die right after, the reminder makes it.
            await Reminder.EnsureAsync();
        }

        await CommitAsync(decision);
        await MovePendingAsync();
        if (move is not null && State.RefusedMoves.GetValueOrDefault(move.Key) is { } refused)
        {
            throw new RefusedException(refused.Refusal);
        }

        return State.ToSnapshot()!;
    }

    private async Task MovePendingAsync()
    {
        while (State.PendingMove is { } move)
        {
            var charge = new BudgetCharge(move.Key, StreamId, move.Amount);
            try
            {
                await PendingSteps.CarryOutAsync(
                    async () =>
                    {
                        await (move.Kind == BudgetMoveKind.Charge ? BudgetLine.ChargeAsync(charge) : BudgetLine.ReleaseAsync(charge));
                        await hooks.AfterStepAsync(StreamId, move.Key);
                    },
                    options.Value,
                    logger,
                    StreamId);
            }
            catch (RefusedException refused) when (refused.Kind != RefusalKind.Aborted)
            {
                if (move.Kind == BudgetMoveKind.Release)
                {
                    // A release gives back no more than was charged: refused, the records disagree.
                    logger.LogError("Convention {ConventionId}: the budget line refused to take back {Key} ({Rule})", StreamId, move.Key, refused.Rule);
                }

                await CommitAsync(BudgetMoves.Refused(move, refused.Refusal));
                continue;
            }

            await CommitAsync(BudgetMoves.Made(move));
        }

        await Reminder.ForgetAsync();
    }
}
