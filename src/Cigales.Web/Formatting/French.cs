using System.Globalization;
using Cigales.SharedKernel;
using ContractMoney = Cigales.Contracts.Common.V1.Money;

namespace Cigales.Web.Formatting;

/// <summary>How the app writes dates and amounts: 19/05/2025, 9 900,00 €.</summary>
public static class French
{
    private static readonly CultureInfo Culture = WebAppRegistration.French;

    /// <summary>A contract date (2025-05-19) as 19/05/2025; empty stays empty.</summary>
    public static string Date(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd/MM/yyyy", Culture)
            : isoDate;

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    /// <summary>A contract month (2025-05) as "mai 2025".</summary>
    public static string Month(string isoMonth) =>
        DateOnly.TryParseExact(isoMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("MMMM yyyy", Culture)
            : isoMonth;

    public static string Amount(ContractMoney? money) => Money.FromCents(money?.Cents ?? 0).ToString();

    public static string Amount(long cents) => Money.FromCents(cents).ToString();

    /// <summary>Cents as a person would type them back into an amount field (45 000, 45 000,5), so <see cref="Cents"/> reads them again.</summary>
    public static string TypedEuros(long cents) => (cents / 100m).ToString("#,##0.##", Culture);

    /// <summary>A date as the contract writes it.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Euros as a person types them ("150", "150,50", "1 200,5") in cents; null when it does not
    /// read as an amount with at most two decimals.
    /// </summary>
    public static long? Cents(string? typed)
    {
        var text = (typed ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("€", string.Empty, StringComparison.Ordinal).Replace('.', ',');
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Culture, out var euros) || decimal.Round(euros, 2) != euros)
        {
            return null;
        }

        return (long)(euros * 100);
    }
}
