using System.Text.RegularExpressions;

namespace Cigales.SharedKernel;

/// <summary>
/// A bank's business identifier code (ISO 9362): four letters of the bank, two of its country, two
/// letters or digits of its place, and optionally three of its branch.
/// </summary>
public static partial class Bic
{
    /// <summary>As it is stored and compared: without spaces, in capitals.</summary>
    public static string Normalise(string bic) => string.Concat(bic.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsValid(string bic) => Pattern().IsMatch(bic);

    /// <summary>Why the (normalised) BIC is not one, naming <paramref name="field"/>; null when it is.</summary>
    public static Refusal? Check(string bic, string field) =>
        IsValid(bic) ? null : Refusal.Invalid(field, "bic.format", $"{field} '{bic}' is not a BIC: 6 letters, 2 letters or digits, and optionally 3 more");

    [GeneratedRegex("^[A-Z]{6}[0-9A-Z]{2}([0-9A-Z]{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
