using System.Globalization;
using Cigales.Contracts.Finance.V1;

namespace Cigales.Web.Components.Pages.AccueilParts;

/// <summary>One month of a year: the investments decided in it and their amount.</summary>
public sealed record MonthOfInvestments(int Month, string Name, int Investments, long Cents);

/// <summary>
/// The investments the clubs decided in a year, month by month, from the API's list. Counted as
/// the finance service counts the year's figures: committed or further; neither one still being
/// committed, nor one abandoned on the way or cancelled.
/// </summary>
public static class InvestmentsByMonth
{
    public static IReadOnlyList<MonthOfInvestments> Of(int year, IEnumerable<Investment> investments)
    {
        var counted = investments
            .Where(investment => investment.Status is not (InvestmentStatus.Unspecified or InvestmentStatus.Requested or InvestmentStatus.Abandoned or InvestmentStatus.Cancelled))
            .Select(investment => (Decided: DecidedOn(investment), Cents: investment.Amount?.Cents ?? 0))
            .Where(investment => investment.Decided?.Year == year)
            .ToList();
        return [.. Enumerable.Range(1, 12).Select(month =>
        {
            var inMonth = counted.Where(investment => investment.Decided!.Value.Month == month).ToList();
            return new MonthOfInvestments(month, MonthName(month), inMonth.Count, inMonth.Sum(investment => investment.Cents));
        })];
    }

    /// <summary>"janvier", "février"…</summary>
    public static string MonthName(int month) => WebAppRegistration.French.DateTimeFormat.GetMonthName(month);

    private static DateOnly? DecidedOn(Investment investment) =>
        DateOnly.TryParseExact(investment.DecidedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
