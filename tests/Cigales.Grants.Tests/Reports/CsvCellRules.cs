using System.Globalization;
using Cigales.SharedKernel;

namespace Cigales.Grants.Tests.Reports;

public sealed class CsvCellRules
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+33 1 23 45 67 89", "'+33 1 23 45 67 89")]
    [InlineData("-150", "'-150")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    public void TextThatASpreadsheetWouldTakeForAFormulaGetsALeadingApostrophe(string text, string cell) =>
        Assert.Equal($"{cell}\r\n", CsvCell.Row(';', text));

    [Theory]
    [InlineData("Frais de déplacement", "Frais de déplacement")]
    [InlineData("Mission - réception", "Mission - réception")]
    [InlineData("2025-06-02", "2025-06-02")]
    [InlineData("", "")]
    [InlineData("Impression; reliure", "\"Impression; reliure\"")]
    [InlineData("Le \"Budget citoyen\"\nà Arras", "\"Le \"\"Budget citoyen\"\"\nà Arras\"")]
    public void OtherTextIsLeftAsItIsAndQuotedWhenItHoldsASeparatorAQuoteOrALineBreak(string text, string cell) =>
        Assert.Equal($"{cell}\r\n", CsvCell.Row(';', text));

    [Fact]
    public void NumbersTheSystemWritesStayNumbersNegativeOnesToo()
    {
        Assert.Equal("-150,00;-12;0\r\n", CsvCell.Row(';', CsvCell.Number(-150m, "0.00", French), CsvCell.Number(-12, "0", French), CsvCell.Number(0, "0", French)));
        // With "," between cells, a French decimal comma is quoted, and the number still not neutralised.
        Assert.Equal("\"-1,5\",2\r\n", CsvCell.Row(',', CsvCell.Number(-1.5m, "0.#", French), CsvCell.Number(2, "0", French)));
    }
}
