using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

public static partial class ConventionRules
{
    /// <summary>
    /// The account the grant is paid to, while the convention is not ended: a valid IBAN (ISO 13616,
    /// its country's length) and BIC. The same details again change nothing; other details replace them.
    /// </summary>
    public static Decision<ConventionEvent> RecordBankDetails(ConventionState state, BankDetails details)
    {
        var normalised = new BankDetails(Iban.Normalise(details.Iban), Bic.Normalise(details.Bic));
        var problems = new[] { Iban.Check(normalised.Iban, "bank_details.iban"), Bic.Check(normalised.Bic, "bank_details.bic") }.OfType<Refusal>().ToList();
        var refusal = First(
            () => Exists(state),
            () => state.Status is ConventionStatus.Closed or ConventionStatus.Terminated
                ? Refusal.Precondition(string.Empty, "convention.open", $"a {Name(state.Status)} convention pays nothing more")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        if (problems.Count > 0)
        {
            return Decision<ConventionEvent>.Refuse(problems);
        }

        return state.BankDetails == normalised ? Decision<ConventionEvent>.Accept() : Decision<ConventionEvent>.Accept(new BankDetailsRecorded(normalised));
    }

    /// <summary>
    /// An expense of the actual budget, once per key, until the final report goes in: paid inside the
    /// convention's period, on a charge line of the provisional budget other than staff or volunteer work.
    /// </summary>
    public static Decision<ConventionEvent> RecordExpense(ConventionState state, Expense command, DateOnly today)
    {
        var expense = command with { Line = command.Line.Trim(), Label = command.Label.Trim() };
        if (state.Expenses.FirstOrDefault(recorded => recorded.Key == expense.Key) is { } first)
        {
            return (first.On, first.Amount, first.Label) == (expense.On, expense.Amount, expense.Label) && SameLabel(first.Line, expense.Line)
                ? Decision<ConventionEvent>.Accept()
                : Refusal.Conflict("request_id", "expense.key_reused", $"this key already recorded the expense '{first.Label}' of {first.Amount} on {Iso(first.On)}");
        }

        var lines = state.Exists
            ? state.Terms.Budget.Charges.Where(line => line.Kind == BudgetItemKind.Other).Select(line => line.Label).ToList()
            : [];
        return First(
                () => Exists(state),
                () => state.Status is ConventionStatus.Signed or ConventionStatus.Paid
                    ? null
                    : Refusal.Precondition(string.Empty, "convention.reportable", $"a {Name(state.Status)} convention takes no more expenses"),
                () => !expense.Amount.IsPositive ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {expense.Amount.Cents}") : null,
                () => expense.Label.Length == 0 ? Refusal.Invalid("label", "expense.label", "an expense says what it paid for") : null,
                () => NotFuture("on", expense.On, today),
                () => expense.On < state.Terms.Start || expense.On > state.Terms.End
                    ? Refusal.Invalid("on", "expense.in_period", $"expenses are paid within the convention's period, {Iso(state.Terms.Start)} to {Iso(state.Terms.End)}, not on {Iso(expense.On)}")
                    : null,
                () => lines.Any(line => SameLabel(line, expense.Line))
                    ? null
                    : Refusal.Invalid("line", "expense.budget_line",
                        $"an expense goes to a charge line of the provisional budget other than staff or volunteer work: {string.Join(", ", lines.Select(line => $"'{line}'"))}"))
            ?? Decision<ConventionEvent>.Accept(new ExpenseRecorded(expense with { Line = lines.First(line => SameLabel(line, expense.Line)) }));
    }

    /// <summary>Labels of budget lines match whatever their case and surrounding spaces.</summary>
    public static bool SameLabel(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
