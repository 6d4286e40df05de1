using System.Globalization;
using System.Text.RegularExpressions;

namespace Cigales.Grants.Domain;

/// <summary>
/// The figures typed in an activity report ("7 porteurs de projet rencontrés", "9 900 €"), read
/// back and compared with the records: a figure that matches none of what the records give for
/// what it counts is an inconsistency. French and English wordings; numbers as the French write
/// them (spaces between thousands, a decimal comma) or with a decimal point.
/// </summary>
public static class TextFigures
{
    public enum Measure
    {
        Holders,
        Events,
        People,
        Clubs,
        Days,
        Hours,
        Euros,
    }

    private const string Number = @"(?<n>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)";

    private static readonly (Measure Measure, Regex Pattern, string Noun)[] Patterns =
    [
        (Measure.Holders, Words(@"\s+(?:porteu(?:r|se)s?(?:\s+de\s+projets?)?|project\s+holders?|holders?)\b"), "project holders"),
        (Measure.Events, Words(@"\s+(?:événements?|evenements?|events?|ateliers?|workshops?|soirées?|réunions?|meetings?)\b"), "events"),
        (Measure.People, Words(@"\s+(?:participant(?:e)?s?|personnes?|people)\b"), "people present"),
        (Measure.Clubs, Words(@"\s+(?:nouveaux\s+clubs?|new\s+clubs?|clubs?\s+(?:créés?|created))"), "clubs created"),
        (Measure.Days, Words(@"\s+(?:jours?|days?)\b"), "staff days"),
        (Measure.Hours, Words(@"\s*(?:heures?|hours?)\b"), "volunteer hours"),
        (Measure.Euros, Words(@"\s*(?:€|euros?\b)"), "euros"),
    ];

    /// <param name="records">For each measure, the values the records give (any of them may be the one quoted).</param>
    public static IEnumerable<Inconsistency> Check(string text, IReadOnlyDictionary<Measure, IReadOnlySet<decimal>> records)
    {
        var seen = new HashSet<string>();
        foreach (var (measure, pattern, noun) in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var written = Compact(match.Groups["n"].Value);
                // A figure beyond what a decimal holds (7.9 × 10^28) is larger than anything recorded: it
                // matches nothing, and is named as written rather than breaking the whole report.
                var parsed = decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value);
                var expected = records.GetValueOrDefault(measure) ?? new HashSet<decimal>();
                var id = $"text.figure:{measure.ToString().ToLowerInvariant()}:{(parsed ? value.ToString(CultureInfo.InvariantCulture) : written)}";
                if (!(parsed && expected.Contains(value)) && seen.Add(id))
                {
                    var known = string.Join(" or ", expected.Where(v => v > 0).Order().Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)));
                    yield return new Inconsistency(id, "report.text_figure",
                        $"the activity report says \"{match.Value.Trim()}\": the records give {(known.Length > 0 ? known : "none")} for the {noun}");
                }
            }
        }
    }

    /// <summary>
    /// A quantity times a rate stated with its total ("30 jours à 365 € soit 10 950 €", "12 h × 20 € = 240 €"):
    /// a total other than the product contradicts the text itself, whatever the records say.
    /// </summary>
    public static IEnumerable<Inconsistency> Products(string text)
    {
        var seen = new HashSet<string>();
        foreach (Match match in ProductPattern.Matches(text))
        {
            if (!TryRead(match.Groups["q"].Value, out var quantity) || !TryRead(match.Groups["r"].Value, out var rate) || !TryRead(match.Groups["t"].Value, out var total))
            {
                continue;
            }

            var product = Times(quantity, rate);
            var id = $"text.product:{Plain(quantity)}x{Plain(rate)}={Plain(total)}";
            if (product != total && seen.Add(id))
            {
                yield return new Inconsistency(id, "report.text_product",
                    $"the activity report says \"{match.Value.Trim()}\": {Plain(quantity)} × {Plain(rate)} € make {(product is { } made ? Plain(made) : "more than any total")} €, not {Plain(total)} €");
            }
        }
    }

    private static readonly Regex ProductPattern = new(
        $@"(?<![\d,.]){Number.Replace("?<n>", "?<q>", StringComparison.Ordinal)}\s*(?:[\p{{L}}.']+\s+){{0,3}}?(?:à|a|at|x|×|\*)\s*{Number.Replace("?<n>", "?<r>", StringComparison.Ordinal)}\s*(?:€|euros?\b)"
        + $@"(?:\s*(?:/|par|per|de\s+l'|l'|the|an?)\s*[\p{{L}}]+)?\s*[,;(]?\s*(?:soit|donc|=|so|making|i\.e\.|that\s+is)\s*{Number.Replace("?<n>", "?<t>", StringComparison.Ordinal)}\s*(?:€|euros?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The product; null beyond what a decimal holds (then no total written equals it).</summary>
    private static decimal? Times(decimal quantity, decimal rate)
    {
        try
        {
            return quantity * rate;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool TryRead(string written, out decimal value) =>
        decimal.TryParse(Compact(written), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string Plain(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The number without its thousands separators, with a decimal point.</summary>
    private static string Compact(string number) =>
        number.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace(',', '.');

    private static Regex Words(string unit) => new($@"(?<![\d,.]){Number}{unit}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
