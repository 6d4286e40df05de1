using System.Globalization;

namespace Cigales.SharedKernel;

/// <summary>The ISO calendar dates of the API (<c>2025-05-19</c>): strict, and only days that exist.</summary>
public static class CalendarDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Today's date by the clock, in UTC, as every rule and command of the system dates things.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static string ToIso(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
