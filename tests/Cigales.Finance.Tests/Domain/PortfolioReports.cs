using Cigales.Finance.Domain;

namespace Cigales.Finance.Tests.Domain;

public sealed class PortfolioReports
{
    private static readonly Dictionary<string, EnterpriseFacts> Enterprises = new()
    {
        ["archiverre"] = new("archiverre", "Archiverre - À petits pas", "Vitrailliste", LegalForm.Couveuse, "Bezinghem", "62", "Montreuillois", EnterpriseStage.Creation),
        ["uthopia"] = new("uthopia", "Uthopia", "Épicerie solidaire", LegalForm.Association, "Frévent", "62", "Ternois", EnterpriseStage.Development),
        ["nord"] = new("nord", "Ailleurs", "Boulangerie", LegalForm.Scop, "Lille", "59", "", EnterpriseStage.Takeover),
    };

    private static InvestmentFacts Investment(
        string club, string enterprise, long cents, string decided, string? paid = null, InvestmentStatus status = InvestmentStatus.Disbursed, string? closed = null, params (string On, long Cents)[] returns) =>
        new(Guid.NewGuid().ToString(), club, enterprise, cents, status, Day(decided), paid is null ? null : Day(paid),
            returns.Select(back => new InvestmentFacts.Return(Day(back.On), back.Cents)).ToList(), closed is null ? null : Day(closed));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void TheYearlyTableHasOneRowPerEnterpriseWithItsClubsAndTheTotals()
    {
        var investments = new[]
        {
            Investment("canche", "archiverre", 150_000, "2024-05-15", "2024-05-20"),
            Investment("la-toupiole", "archiverre", 150_000, "2024-05-16", status: InvestmentStatus.Committed),
            Investment("solartois-2", "uthopia", 300_000, "2024-02-01", "2024-02-10"),
            Investment("x", "uthopia", 999_999, "2024-02-01", status: InvestmentStatus.Abandoned),
            Investment("x", "uthopia", 100_000, "2023-12-31", "2024-01-05"),
            Investment("x", "nord", 100_000, "2024-03-01", "2024-03-05"),
        };

        var table = Portfolio.Table("62", 2024, investments, Enterprises);

        Assert.Equal(["Archiverre - À petits pas", "Uthopia"], table.Rows.Select(row => row.Enterprise.Name));
        Assert.Equal((300_000L, 150_000L), (table.Rows[0].AmountCents, table.Rows[0].DisbursedCents));
        Assert.Equal(["canche", "la-toupiole"], table.Rows[0].ClubIds);
        Assert.Equal((600_000L, 450_000L, 3), (table.TotalCents, table.DisbursedCents, table.Investments));
    }

    [Fact]
    public void HoldingsAreWhatWasPaidLessWhatCameBackUntilTheStakeIsClosed()
    {
        var investments = new[]
        {
            Investment("canche", "archiverre", 150_000, "2022-05-15", "2022-05-20", InvestmentStatus.PartlyRepaid, returns: ("2023-05-20", 50_000)),
            Investment("canche", "uthopia", 300_000, "2022-02-01", "2022-02-10", InvestmentStatus.Exited, closed: "2024-06-30", returns: ("2024-06-30", 320_000)),
            Investment("b", "nord", 100_000, "2024-03-01", status: InvestmentStatus.Committed),
        };

        var atEnd2023 = Portfolio.Holdings(Day("2023-12-31"), investments, Enterprises);
        var atEnd2024 = Portfolio.Holdings(Day("2024-12-31"), investments, Enterprises);

        Assert.Equal([("archiverre", 100_000L), ("uthopia", 300_000L)], atEnd2023.Select(holding => (holding.Enterprise.EnterpriseId, holding.OutstandingCents)));
        Assert.Equal([("archiverre", 100_000L)], atEnd2024.Select(holding => (holding.Enterprise.EnterpriseId, holding.OutstandingCents)));
    }

    [Fact]
    public void TheYearsFiguresCountWhatWasFinancedAndWhatIsHeldAtItsEnd()
    {
        var investments = new[]
        {
            Investment("canche", "archiverre", 150_000, "2024-05-15", "2024-05-20"),
            Investment("la-toupiole", "archiverre", 150_000, "2024-05-16", "2024-05-20"),
            Investment("x", "uthopia", 100_000, "2023-12-31", "2024-01-05"),
        };

        var figures = Portfolio.Figures(2024, investments, Enterprises);

        Assert.Equal(new YearFigures(2024, EnterprisesFinanced: 1, Investments: 2, AmountCents: 300_000, EnterprisesHeld: 2, OutstandingCents: 400_000), figures);
    }

    [Fact]
    public void TheLeverageIsTheTotalFinancingPerEuroFromTheClubs()
    {
        var clubs = new[] { Investment("canche", "archiverre", 300_000, "2024-05-15", "2024-05-20") };
        CoFinancingLine Partner(long cents) => new(Guid.NewGuid().ToString(), "p", "Partner", cents, Instrument.Loan, Day("2024-05-01"));

        var summary = Portfolio.CoFinancing(clubs, [Partner(1_000_000), Partner(200_000)]);

        Assert.Equal(new CoFinancingSummary(1_500_000, 300_000, 5.00m), summary);
        Assert.Null(Portfolio.CoFinancing([], [Partner(1)]).Leverage);
    }
}
