using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;

namespace Cigales.SharedKernel;

/// <summary>
/// An international bank account number (ISO 13616): the country's two letters, two check digits
/// and the account, of the length that country gives it; valid when the whole, its first four
/// characters moved to the end and each letter read as 10 to 35, leaves 1 when divided by 97.
/// The lengths known are those of the SEPA countries (France's overseas codes use France's).
/// </summary>
public static class Iban
{
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18,
        ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22, ["GI"] = 23, ["GR"] = 27, ["HR"] = 21, ["HU"] = 28,
        ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MT"] = 31,
        ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27,
        ["VA"] = 22,
        ["GF"] = 27, ["GP"] = 27, ["MQ"] = 27, ["RE"] = 27, ["YT"] = 27, ["PM"] = 27, ["BL"] = 27, ["MF"] = 27,
        ["NC"] = 27, ["PF"] = 27, ["WF"] = 27, ["TF"] = 27,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>As it is stored and compared: without spaces, in capitals (people write it in groups of four).</summary>
    public static string Normalise(string iban) => string.Concat(iban.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>In groups of four, as it is printed.</summary>
    public static string Grouped(string iban) => string.Join(' ', iban.Chunk(4).Select(group => new string(group)));

    public static bool IsValid(string iban) => Check(iban, "iban") is null;

    /// <summary>Why the (normalised) IBAN is not one, naming <paramref name="field"/>; null when it is.</summary>
    public static Refusal? Check(string iban, string field)
    {
        if (iban.Length < 5 || !iban.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) || !char.IsAsciiLetter(iban[0]) || !char.IsAsciiLetter(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return Refusal.Invalid(field, "iban.format", $"{field} is two letters of a country, two check digits and the account's letters and digits");
        }

        if (!Lengths.TryGetValue(iban[..2], out var length))
        {
            return Refusal.Invalid(field, "iban.country", $"{field} is of the country '{iban[..2]}', not a SEPA country");
        }

        if (iban.Length != length)
        {
            return Refusal.Invalid(field, "iban.length", $"an IBAN of {iban[..2]} has {length} characters, not {iban.Length}");
        }

        return Remainder(iban[4..] + iban[..4]) == 1
            ? null
            : Refusal.Invalid(field, "iban.check_digits", $"{field} fails the check digits (ISO 13616, mod 97): a character is wrong");
    }

    private static int Remainder(string rearranged)
    {
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture)));
        return (int)(BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97);
    }
}
