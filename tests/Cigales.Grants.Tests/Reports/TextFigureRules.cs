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

    [Theory]
    [InlineData("30 jours à 365 € soit 10 950 €")]
    [InlineData("700 heures de bénévolat à 20 € de l'heure, soit 14 000 €")]
    [InlineData("12 h × 20 € = 240 €")]
    [InlineData("1,5 jour à 365 euros soit 547,50 euros")]
    [InlineData("30 days at 365 € per day, making 10 950 €")]
    public void AQuantityTimesARateStatedWithItsTotalIsFine(string text) => Assert.Empty(Products(text));

    [Fact]
    public void AQuantityTimesARateStatedWithAnotherTotalIsNamedOnce()
    {
        var found = Products("Le salariat : 30 jours à 365 € soit 11 000 €. Rappel : 30 jours à 365 € soit 11 000 €.").ToList();

        var inconsistency = Assert.Single(found);
        Assert.Equal(("text.product:30x365=11000", "report.text_product"), (inconsistency.Id, inconsistency.Rule));
        Assert.Equal("the activity report says \"30 jours à 365 € soit 11 000 €\": 30 × 365 € make 10950 €, not 11000 €", inconsistency.Message);
    }

    [Fact]
    public void AProductTooLargeForAnyTotalIsNamedRatherThanBreakingTheReport()
    {
        var huge = string.Concat(Enumerable.Repeat("9", 28));

        Assert.Single(Products($"{huge} jours à {huge} € soit 1 €"));
    }
}
