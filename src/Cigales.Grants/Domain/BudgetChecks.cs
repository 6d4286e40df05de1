using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>
/// The checks a provisional budget (or a final report's actual one) must pass, all of them, every
/// problem named (DOMAIN.md, "Budgets"): charges and products balance; the staff line is the days
/// at the day rate; the volunteer valuation is the hours at the hour rate and appears on both
/// sides; the programme's axes add up to the budget's days and hours.
/// </summary>
public static class BudgetChecks
{
    /// <param name="field">The budget's path in the request, e.g. <c>terms.provisional_budget</c>.</param>
    /// <param name="axesField">The axes' path in the request.</param>
    public static IReadOnlyList<Refusal> Problems(ProvisionalBudget budget, IReadOnlyList<ActionAxis> axes, ValuationRates rates, string field, string axesField)
    {
        var problems = new List<Refusal>();
        var charges = budget.Charges.Sum(line => line.Amount);
        var products = budget.Products.Sum(line => line.Amount);
        if (charges != products)
        {
            problems.Add(Refusal.Invalid(field, "budget.balanced",
                $"charges ({charges}) and products ({products}) differ by {Money.Max(charges, products) - Money.Min(charges, products)}"));
        }

        var staff = budget.Charges.Where(line => line.Kind == BudgetItemKind.Staff).ToList();
        var staffDays = staff.Sum(line => line.Quantity);
        foreach (var line in staff)
        {
            if (ExpectedIfDifferent(line.Quantity, rates.StaffDay, line.Amount) is { } expected)
            {
                problems.Add(Refusal.Invalid($"{field}.charges", "budget.staff_rate",
                    $"the staff line '{line.Label}' is {line.Amount}, not {line.Quantity} days × {rates.StaffDay} = {expected}"));
            }
        }

        var volunteerCharges = budget.Charges.Where(line => line.Kind == BudgetItemKind.Volunteer).ToList();
        var volunteerProducts = budget.Products.Where(line => line.Kind == BudgetItemKind.Volunteer).ToList();
        var volunteerHours = volunteerCharges.Sum(line => line.Quantity);
        foreach (var (side, line) in volunteerCharges.Select(line => ("charges", line)).Concat(volunteerProducts.Select(line => ("products", line))))
        {
            if (ExpectedIfDifferent(line.Quantity, rates.VolunteerHour, line.Amount) is { } expected)
            {
                problems.Add(Refusal.Invalid($"{field}.{side}", "budget.volunteer_rate",
                    $"the volunteer valuation '{line.Label}' is {line.Amount}, not {line.Quantity} hours × {rates.VolunteerHour} = {expected}"));
            }
        }

        var (volunteerCharged, volunteerProduced) = (volunteerCharges.Sum(line => line.Amount), volunteerProducts.Sum(line => line.Amount));
        if (volunteerCharged != volunteerProduced || (volunteerCharges.Count > 0) != (volunteerProducts.Count > 0))
        {
            problems.Add(Refusal.Invalid(field, "budget.volunteer_both_sides",
                $"the volunteer valuation must appear on both sides with the same amount: {volunteerCharged} in charges, {volunteerProduced} in products"));
        }

        var axesDays = axes.Sum(axis => axis.StaffDays);
        var axesHours = axes.Sum(axis => axis.VolunteerHours);
        if (axesDays != staffDays)
        {
            problems.Add(Refusal.Invalid(axesField, "budget.axes_days", $"the axes plan {axesDays} staff days, the budget {staffDays}"));
        }

        if (axesHours != volunteerHours)
        {
            problems.Add(Refusal.Invalid(axesField, "budget.axes_hours", $"the axes plan {axesHours} volunteer hours, the budget {volunteerHours}"));
        }

        return problems;
    }

    /// <summary>
    /// The valuation <paramref name="quantity"/> × <paramref name="rate"/> when the line's
    /// <paramref name="amount"/> differs from it; null when they match. The product is compared
    /// exact, not rounded to the cent as <see cref="Money.Times"/> would round it: a quantity whose
    /// valuation is no whole number of cents is flagged whatever the amount, rather than passed on
    /// a rounded figure, and the valuation is shown truncated to whole cents.
    /// </summary>
    private static Money? ExpectedIfDifferent(decimal quantity, Money rate, Money amount)
    {
        var exact = quantity * rate.Cents;
        return amount.Cents == exact ? null : Money.FromCents((long)exact);
    }
}
