using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>The rules of sharing a project with the partners and of their co-financings; pure functions of the state, the command and the day.</summary>
public static class SharingRules
{
    public const int MaxSummaryLength = 2000;

    public static Decision<ProjectHolderEvent> Share(ProjectHolderState state, ShareProject command, DateOnly today)
    {
        var summary = command.Summary.Trim();
        var refusal = Holder(state)
            ?? Details(summary, command.AmountSought)
            ?? NotFuture(command.On, today)
            ?? (command.On < state.Steps[0].On
                ? Refusal.Invalid("on", "sharing.after_welcome", $"on {CalendarDate.ToIso(command.On)} is before the holder was welcomed ({CalendarDate.ToIso(state.Steps[0].On)})")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        if (state.Sharing is { IsOpen: true } sharing)
        {
            // The same sharing again is a retry; different details are an update, asked as such.
            return sharing.Summary == summary && sharing.AmountSought == command.AmountSought
                ? Decision<ProjectHolderEvent>.Accept()
                : Refusal.Precondition(string.Empty, "sharing.not_shared_yet", $"the project is shared since {CalendarDate.ToIso(sharing.SharedOn)}: update what the partners see instead");
        }

        return Decision<ProjectHolderEvent>.Accept(new ProjectShared(summary, command.AmountSought, command.On));
    }

    public static Decision<ProjectHolderEvent> Update(ProjectHolderState state, UpdateSharing command)
    {
        var summary = command.Summary.Trim();
        var refusal = Shared(state) ?? Details(summary, command.AmountSought);
        if (refusal is not null)
        {
            return refusal;
        }

        return state.Sharing!.Summary == summary && state.Sharing.AmountSought == command.AmountSought
            ? Decision<ProjectHolderEvent>.Accept()
            : Decision<ProjectHolderEvent>.Accept(new SharingUpdated(summary, command.AmountSought));
    }

    public static Decision<ProjectHolderEvent> Withdraw(ProjectHolderState state, WithdrawSharing command, DateOnly today)
    {
        var refusal = Shared(state)
            ?? (command.Reason.Trim().Length == 0 ? Refusal.Invalid("reason", "sharing.withdrawal_reason", "a sharing is withdrawn for a reason") : null)
            ?? NotFuture(command.On, today)
            ?? (command.On < state.Sharing!.SharedOn
                ? Refusal.Invalid("on", "sharing.in_order", $"on {CalendarDate.ToIso(command.On)} is before the project was shared ({CalendarDate.ToIso(state.Sharing.SharedOn)})")
                : null);
        return refusal is not null
            ? refusal
            : Decision<ProjectHolderEvent>.Accept(new SharingWithdrawn(command.On, command.Reason.Trim()));
    }

    public static Decision<ProjectHolderEvent> RecordCoFinancing(ProjectHolderState state, RecordPartnerCoFinancing command, DateOnly today)
    {
        var recorded = new PartnerCoFinancingRecorded(
            command.RequestId, command.PartnerId, command.PartnerName.Trim(), command.Amount, command.Instrument, command.Status, command.On);
        var refusal = Shared(state)
            ?? (recorded.PartnerName.Length == 0 ? Refusal.Invalid("partner_name", "co_financing.partner_name_required", "partner_name must not be blank") : null)
            ?? (!recorded.Amount.IsPositive ? Refusal.Invalid("amount", "money.positive", "amount must be more than zero cents") : null)
            ?? NotFuture(command.On, today)
            ?? (command.On < state.Sharing!.SharedOn
                ? Refusal.Invalid("on", "co_financing.after_sharing", $"on {CalendarDate.ToIso(command.On)} is before the project was shared ({CalendarDate.ToIso(state.Sharing.SharedOn)})")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        if (state.Sharing!.Requests.TryGetValue(command.RequestId, out var earlier))
        {
            // A retry of a recorded request changes nothing; the key reused for other figures is refused.
            return earlier == recorded
                ? Decision<ProjectHolderEvent>.Accept()
                : Refusal.Conflict("request_id", "co_financing.request_reused", "request_id already recorded a co-financing with other details");
        }

        return Decision<ProjectHolderEvent>.Accept(recorded);
    }

    private static Refusal? Holder(ProjectHolderState state) =>
        !state.Exists
            ? Unknown.ProjectHolder()
            : state.Stage is PipelineStage.Dropped or PipelineStage.Exited
                ? Refusal.Precondition(string.Empty, "pipeline.open", $"the holder was {state.Stage.ToString().ToLowerInvariant()} on {CalendarDate.ToIso(state.Steps[^1].On)}")
                : null;

    private static Refusal? Shared(ProjectHolderState state) =>
        state.Sharing is { IsOpen: true } ? null : Refusal.Precondition(string.Empty, "sharing.shared", "the project is not shared with the partners");

    private static Refusal? Details(string summary, Money amountSought) =>
        summary.Length == 0
            ? Refusal.Invalid("summary", "sharing.summary_required", "summary must not be blank: it is what the partners read")
            : summary.Length > MaxSummaryLength
                ? Refusal.Invalid("summary", "sharing.summary_length", $"summary must be at most {MaxSummaryLength} characters")
                : amountSought.IsNegative
                    ? Refusal.Invalid("amount_sought", "money.not_negative", "amount_sought must not be negative")
                    : null;

    private static Refusal? NotFuture(DateOnly on, DateOnly today) =>
        on > today ? Refusal.Invalid("on", "date.not_future", $"on {CalendarDate.ToIso(on)} is in the future") : null;

    /// <summary>No shared project has the id (never shared, or withdrawn): what the partners' API answers.</summary>
    public static Refusal NotShared(string projectHolderId) =>
        Refusal.NotFound("project_holder_id", "shared_project.exists", $"no project shared with the partners has the id '{projectHolderId}'");

    public static Refusal NoCoFinancing(string projectHolderId, string partnerId) =>
        Refusal.NotFound("partner_id", "co_financing.exists", $"the project '{projectHolderId}' has no co-financing from the partner '{partnerId}'");
}
