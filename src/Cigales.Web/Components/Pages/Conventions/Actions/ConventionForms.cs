using System.Globalization;
using Cigales.Web.Formatting;

namespace Cigales.Web.Components.Pages.Conventions.Actions;

/// <summary>What the convention's forms read alike from what a person typed.</summary>
public static class ConventionForms
{
    /// <summary>A picked day as the contract writes it; empty when none was picked, which the API names.</summary>
    public static string Iso(DateTime? day) => day is { } picked ? French.Iso(DateOnly.FromDateTime(picked)) : string.Empty;

    /// <summary>A number of days or hours as typed ("6", "6,5", "6.5"); null when it does not read as one.</summary>
    public static double? Quantity(string? typed)
    {
        var text = (typed ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace('.', ',');
        if (text.Length == 0)
        {
            return 0;
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, WebAppRegistration.French, out var quantity) ? quantity : null;
    }

    /// <summary>Cents as a person reads and types them again: 2190 for 2 190,00 €, 150,5 for 150,50 €.</summary>
    public static string Euros(long cents) => (cents / 100m).ToString("0.##", WebAppRegistration.French);
}
