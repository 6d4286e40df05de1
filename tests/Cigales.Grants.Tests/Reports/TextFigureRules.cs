using static Cigales.Grants.Domain.TextFigures;

namespace Cigales.Grants.Tests.Reports;

public sealed class TextFigureRules
{
    private static readonly IReadOnlyDictionary<Measure, IReadOnlySet<decimal>> Records = new Dictionary<Measure, IReadOnlySet<decimal>>
    {
        [Measure.Holders] = new HashSet<decimal> { 7 },
        [Measure.Days] = new HashSet<decimal> { 1.5m },
        [Measure.Euros] = new HashSet<decimal> { 9900m },
        [Measure.People] = new HashSet<decimal> { 76 },
    };

    private static IReadOnlyList<string> Ids(string text) => Check(text, Records).Select(inconsistency => inconsistency.Id).ToList();

    [Theory]
    [InlineData("7 porteurs de projet rencontrés, 1,5 jours, 9 900 € versés, 76 participants")]
    [InlineData("7 project holders met, 1.5 days, 9\u00A0900,00 € paid, 76 people")]
    [InlineData("La subvention de 9900 euros")]
    public void FiguresThatTheRecordsGiveAreFine(string text) => Assert.Empty(Ids(text));

    [Fact]
    public void EachFigureThatTheRecordsDoNotGiveIsNamedOnce()
    {
        Assert.Equal(
            ["text.figure:holders:9", "text.figure:people:80", "text.figure:days:2", "text.figure:euros:10000"],
            Ids("9 porteuses, puis encore 9 porteurs ; 80 personnes ; 2 jours ; 10 000 €"));
    }

    [Fact]
    public void NumbersWithoutAUnitAreLeftAlone() => Assert.Empty(Ids("Le 12 avril 2025, à Arras, en 3 lieux."));

    [Fact]
    public void AFigureTooLargeToBeAnyRecordIsAnInconsistencyQuotingTheTextAsWritten()
    {
        const string Thirty = "123456789012345678901234567890";
        var twoHundred = string.Concat(Enumerable.Repeat("1234567890", 20));
        var grouped = "1" + string.Concat(Enumerable.Repeat("\u00A0000", 12));

        var found = Check($"{Thirty} porteurs de projet, {grouped} jours et {twoHundred} €.", Records).ToList();

        Assert.Equal(
            [$"text.figure:holders:{Thirty}", $"text.figure:days:1{new string('0', 36)}", $"text.figure:euros:{twoHundred}"],
            found.Select(inconsistency => inconsistency.Id));
        Assert.Equal(
            [$"{Thirty} porteurs de projet", $"{grouped} jours", $"{twoHundred} €"],
            found.Select(inconsistency => inconsistency.Message.Split('"')[1]));
    }
}
