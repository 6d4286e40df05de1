using System.Globalization;

namespace Cigales.Clubs.Domain;

/// <summary>A calendar month, as contributions and pledges count them (<c>2025-03</c>).</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public static bool TryParse(string text, out YearMonth month)
    {
        month = default;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return false;
        }

        month = Of(first);
        return true;
    }

    public YearMonth Next() => Of(FirstDay.AddMonths(1));

    public int CompareTo(YearMonth other) => FirstDay.CompareTo(other.FirstDay);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
