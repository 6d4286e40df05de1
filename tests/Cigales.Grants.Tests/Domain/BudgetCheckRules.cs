using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Domain;

public sealed class BudgetCheckRules
{
    private static IReadOnlyList<string> RulesBroken(ProvisionalBudget budget, IReadOnlyList<ActionAxis>? axes = null) =>
        Problems(budget, axes ?? Axes).Select(problem => problem.Rule).ToList();

    private static IReadOnlyList<Refusal> Problems(ProvisionalBudget budget, IReadOnlyList<ActionAxis> axes) =>
        BudgetChecks.Problems(budget, axes, Rates, "terms.provisional_budget", "terms.axes");

    private static ProvisionalBudget WithCharge(int index, BudgetItem item) =>
        Budget with { Charges = Budget.Charges.Select((line, i) => i == index ? item : line).ToList() };

    [Fact]
    public void The2025BudgetBalancesAt26900Euros()
    {
        Assert.Empty(Problems(Budget, Axes));
        Assert.Equal(Money.FromEuros(26_900), Budget.Charges.Sum(line => line.Amount));
        Assert.Equal(Money.FromEuros(26_900), Budget.Products.Sum(line => line.Amount));
    }

    [Fact]
    public void ChargesAndProductsThatDifferAreRefusedWithTheDifference()
    {
        var budget = Budget with { Products = [.. Budget.Products.Take(2), Budget.Products[2], new BudgetItem("Région", Money.FromEuros(100))] };

        var problem = Assert.Single(Problems(budget, Axes));

        Assert.Equal(("terms.provisional_budget", "budget.balanced"), (problem.Field, problem.Rule));
        Assert.Contains("100,00 €", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStaffLineThatIsNotTheDaysAtTheDayRateIsRefused()
    {
        // 30 days at 365 € are 10 950 €, not 11 000 €; the products follow so that only the rate is wrong.
        var budget = WithCharge(0, new BudgetItem("Prestations salariat", Money.FromEuros(11_000), BudgetItemKind.Staff, 30)) with
        {
            Products = [Budget.Products[0], new BudgetItem("Auto-financement", Money.FromEuros(3_050)), Budget.Products[2]],
        };

        var problem = Assert.Single(Problems(budget, Axes));

        Assert.Equal(("terms.provisional_budget.charges", "budget.staff_rate"), (problem.Field, problem.Rule));
        Assert.Contains("Prestations salariat", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVolunteerValuationThatIsNotTheHoursAtTheHourRateIsRefusedOnEachSide()
    {
        var wrong = new BudgetItem("Valorisation du bénévolat", Money.FromEuros(15_000), BudgetItemKind.Volunteer, 700);
        var budget = new ProvisionalBudget([.. Budget.Charges.Take(3), wrong], [.. Budget.Products.Take(2), wrong]);

        var problems = Problems(budget, Axes);

        Assert.Equal(["terms.provisional_budget.charges", "terms.provisional_budget.products"], problems.Select(problem => problem.Field));
        Assert.All(problems, problem => Assert.Equal("budget.volunteer_rate", problem.Rule));
    }

    [Fact]
    public void AVolunteerValuationOnOneSideOnlyIsRefused()
    {
        // Balanced, but the valuation is only in the charges.
        var budget = Budget with { Products = [Budget.Products[0], new BudgetItem("Auto-financement", Money.FromEuros(17_000))] };

        Assert.Equal(["budget.volunteer_both_sides"], RulesBroken(budget));
    }

    [Fact]
    public void AxesThatDoNotAddUpToTheBudgetsDaysAndHoursAreRefusedBoth()
    {
        IReadOnlyList<ActionAxis> axes = [Axes[0], Axes[1], Axes[2] with { StaffDays = 5, VolunteerHours = 100 }];

        var problems = Problems(Budget, axes);

        Assert.Equal(["budget.axes_days", "budget.axes_hours"], problems.Select(problem => problem.Rule));
        Assert.All(problems, problem => Assert.Equal("terms.axes", problem.Field));
        Assert.Contains("29 staff days, the budget 30", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("600 volunteer hours, the budget 700", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsListedAtOnce()
    {
        var budget = WithCharge(0, new BudgetItem("Prestations salariat", Money.FromEuros(10_000), BudgetItemKind.Staff, 30));
        IReadOnlyList<ActionAxis> axes = [Axes[0] with { StaffDays = 1 }, Axes[1], Axes[2]];

        Assert.Equal(["budget.balanced", "budget.staff_rate", "budget.axes_days"], RulesBroken(budget, axes));
    }
}
