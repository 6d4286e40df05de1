using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Api;

internal static class RequestMonths
{
    /// <summary>A month field (<c>2025-03</c>), refused naming the field when it is not a month.</summary>
    public static YearMonth Month(string field, string text) =>
        YearMonth.TryParse(text, out var month)
            ? month
            : throw new RefusedException(Refusal.Invalid(field, "month.exists", $"{field} must be a month as YYYY-MM, not '{text}'"));
}
