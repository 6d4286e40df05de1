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
        var charges = budget.Charges.Sum(line => line.AmountCents);
        var products = budget.Products.Sum(line => line.AmountCents);
        if (charges != products)
        {
            problems.Add(Refusal.Invalid(field, "budget.balanced",
                $"charges ({Euros.Format(charges)}) and products ({Euros.Format(products)}) differ by {Euros.Format(Math.Abs(charges - products))}"));
        }

        var staff = budget.Charges.Where(line => line.Kind == BudgetItemKind.Staff).ToList();
        var staffDays = staff.Sum(line => line.Quantity);
        foreach (var line in staff)
        {
            var expected = line.Quantity * rates.StaffDayCents;
            if (line.AmountCents != expected)
            {
                problems.Add(Refusal.Invalid($"{field}.charges", "budget.staff_rate",
                    $"the staff line '{line.Label}' is {Euros.Format(line.AmountCents)}, not {line.Quantity} days × {Euros.Format(rates.StaffDayCents)} = {Euros.Format((long)expected)}"));
            }
        }

        var volunteerCharges = budget.Charges.Where(line => line.Kind == BudgetItemKind.Volunteer).ToList();
        var volunteerProducts = budget.Products.Where(line => line.Kind == BudgetItemKind.Volunteer).ToList();
        var volunteerHours = volunteerCharges.Sum(line => line.Quantity);
        foreach (var (side, line) in volunteerCharges.Select(line => ("charges", line)).Concat(volunteerProducts.Select(line => ("products", line))))
        {
            var expected = line.Quantity * rates.VolunteerHourCents;
            if (line.AmountCents != expected)
            {
                problems.Add(Refusal.Invalid($"{field}.{side}", "budget.volunteer_rate",
                    $"the volunteer valuation '{line.Label}' is {Euros.Format(line.AmountCents)}, not {line.Quantity} hours × {Euros.Format(rates.VolunteerHourCents)} = {Euros.Format((long)expected)}"));
            }
        }

        if (volunteerCharges.Sum(line => line.AmountCents) != volunteerProducts.Sum(line => line.AmountCents)
            || (volunteerCharges.Count > 0) != (volunteerProducts.Count > 0))
        {
            problems.Add(Refusal.Invalid(field, "budget.volunteer_both_sides",
                $"the volunteer valuation must appear on both sides with the same amount: {Euros.Format(volunteerCharges.Sum(line => line.AmountCents))} in charges, {Euros.Format(volunteerProducts.Sum(line => line.AmountCents))} in products"));
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
}
