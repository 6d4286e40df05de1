using Cigales.SharedKernel;
using System.Text;
using Cigales.GrainInterfaces.Reports;
using Cigales.Grants.Api;

namespace Cigales.Grants.Tests.Reports;

public sealed class NetworkFiguresReportRules
{
    private static AreaFigures Area(string department) => new(
        department,
        new ClubsYear(2025, new DateOnly(2025, 12, 31), department, 1, 4, 5, 2, 2, 38, 21, 6.3m, 1),
        new FinancePeriod(14, 6, 4, 5, Money.FromCents(1_250_050), 4, 15, []));

    private static string[] Lines(params AreaFigures[] departments) =>
        Encoding.UTF8.GetString(NetworkFiguresReport.Csv(2025, Area(string.Empty), departments).AsSpan(3)).Split("\r\n");

    [Fact]
    public void TheCsvHasARowPerAreaWithItsFiguresAsFrenchNumbers()
    {
        var lines = Lines(Area("62"));

        Assert.StartsWith("Territoire;Au;Clubs en constitution;", lines[0], StringComparison.Ordinal);
        Assert.Equal("Région 2025;2025-12-31;1;4;5;2;2;1;38;21;6,3;14;6;4;5;12500,50;4;15", lines[1]);
        Assert.StartsWith("62;2025-12-31;1;", lines[2], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length); // each line ends with CRLF, the last one too
    }

    [Fact]
    public void ATerritoryThatASpreadsheetWouldTakeForAFormulaIsNeutralised()
    {
        // The territories are the region's departments today; the CSV's text cells follow the one rule all the same.
        Assert.StartsWith("'=1+1;2025-12-31;1;", Lines(Area("=1+1"))[2], StringComparison.Ordinal);
    }
}
