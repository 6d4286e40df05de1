using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

public static partial class ConventionRules
{
    /// <summary>A recovery order the rules issue (control, termination, missing report) is due a month after it.</summary>
    public const int RecoveryDueMonths = 1;

    /// <summary>
    /// A recovery order the funder issues itself, once per key, on a convention that paid something:
    /// the orders never add up to more than what was paid, and one is due on or after its day.
    /// </summary>
    public static Decision<ConventionEvent> OrderRecovery(ConventionState state, OrderRecovery command, DateOnly today)
    {
        if (state.Recoveries.FirstOrDefault(order => order.Key == command.Key) is { } first)
        {
            return (first.Amount, first.On, first.Due, first.Reason) == (command.Amount, command.On, command.Due, command.Reason.Trim())
                ? Decision<ConventionEvent>.Accept()
                : Refusal.Conflict("request_id", "recovery.key_reused", $"this key already ordered {first.Amount} back on {Iso(first.On)}");
        }

        var ordered = state.Recoveries.Sum(order => order.Amount);
        return First(
                () => Exists(state),
                () => state.Paid.IsZero ? Refusal.Precondition(string.Empty, "recovery.paid", "nothing was paid, nothing is recovered") : null,
                () => !command.Amount.IsPositive ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {command.Amount.Cents}") : null,
                () => command.Reason.Trim().Length == 0 ? Refusal.Invalid("reason", "recovery.reason", "a recovery order gives its reason") : null,
                () => NotFuture("on", command.On, today),
                () => command.Due < command.On ? Refusal.Invalid("due", "recovery.due_after_order", $"a recovery order is due on or after its day, {Iso(command.On)}") : null,
                () => ordered + command.Amount > state.Paid
                    ? Refusal.Precondition("amount", "recovery.within_paid", $"the recovery orders would add up to {ordered + command.Amount}, above the {state.Paid} paid")
                    : null)
            ?? Decision<ConventionEvent>.Accept(new RecoveryOrdered(command.Amount, command.On, command.Reason.Trim(), command.Due, command.Key));
    }

    /// <summary>The beneficiary paid back a recovery order, once per key, never more than it still owes on it.</summary>
    public static Decision<ConventionEvent> RecordRecoveryPayment(ConventionState state, RecordRecoveryPayment command, DateOnly today)
    {
        var earlier = state.Recoveries
            .SelectMany((order, index) => order.RepaymentsRecorded.Select(payment => (Order: index + 1, Payment: payment)))
            .FirstOrDefault(repayment => repayment.Payment.Key == command.Key);
        if (earlier.Payment is { } first)
        {
            return (earlier.Order, first.Amount, first.On) == (command.Order, command.Amount, command.On)
                ? Decision<ConventionEvent>.Accept()
                : Refusal.Conflict("request_id", "recovery_payment.key_reused", $"this key already recorded a repayment of {first.Amount} on {Iso(first.On)}");
        }

        var order = command.Order >= 1 && command.Order <= state.Recoveries.Count ? state.Recoveries[command.Order - 1] : null;
        return First(
                () => Exists(state),
                () => order is null
                    ? Refusal.Invalid("order", "recovery.exists", $"the convention has {state.Recoveries.Count} recovery order(s), numbered from 1")
                    : null,
                () => !command.Amount.IsPositive ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {command.Amount.Cents}") : null,
                () => NotFuture("on", command.On, today),
                () => command.On < order!.On ? Refusal.Invalid("on", "recovery_payment.after_order", $"a repayment comes after the order of {Iso(order.On)}") : null,
                () => command.Amount > order!.Outstanding
                    ? Refusal.Precondition("amount", "recovery_payment.within_order", $"{order.Outstanding} is still owed on this order of {order.Amount}, not {command.Amount}")
                    : null)
            ?? Decision<ConventionEvent>.Accept(new RecoveryPaymentRecorded(command.Key, command.Order, command.Amount, command.On));
    }

    private static RecoveryOrdered Recovery(Money amount, DateOnly on, string reason) => new(amount, on, reason, on.AddMonths(RecoveryDueMonths));
}
