namespace Cigales.SharedKernel;

/// <summary>
/// A cell of a CSV file that people open in a spreadsheet. A spreadsheet takes a cell that begins
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return for a formula, which
/// can run commands or leak the sheet (OWASP "CSV injection"): text is therefore prefixed with an
/// apostrophe, which spreadsheets show as text. Only numbers the system formats itself are left as
/// they are, so that a negative amount stays a number; a string is text unless built as a number.
/// </summary>
public sealed class CsvCell
{
    private readonly string _value;

    private CsvCell(string value) => _value = value;

    /// <summary>Text: a name, a title, anything a person typed or that quotes it.</summary>
    public static CsvCell Text(string text) => new(text is ['=' or '+' or '-' or '@' or '\t' or '\r', ..] ? $"'{text}" : text);

    /// <summary>A number the system formats itself (an amount, a count, a difference).</summary>
    public static CsvCell Number(decimal value, string format, IFormatProvider culture) => new(value.ToString(format, culture));

    public static implicit operator CsvCell(string text) => Text(text);

    /// <summary>
    /// A row and its CRLF, as RFC 4180 with <paramref name="separator"/>: a cell with the separator,
    /// a quote or a line break is quoted, its quotes doubled.
    /// </summary>
    public static string Row(char separator, params IEnumerable<CsvCell> cells) =>
        string.Join(separator, cells.Select(cell => cell._value.IndexOfAny([separator, '"', '\r', '\n']) >= 0
            ? $"\"{cell._value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : cell._value)) + "\r\n";
}
