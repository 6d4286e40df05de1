using Cigales.Finance.Domain;
using Cigales.SharedKernel;

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
        string club, string enterprise, Money amount, string decided, string? paid = null, InvestmentStatus status = InvestmentStatus.Disbursed, string? closed = null, params (string On, Money Amount)[] returns) =>
        new(Guid.NewGuid().ToString(), club, enterprise, amount, status, Day(decided), paid is null ? null : Day(paid),
            returns.Select(back => new InvestmentFacts.Return(Day(back.On), back.Amount.Cents)).ToList(), closed is null ? null : Day(closed));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void TheYearlyTableHasOneRowPerEnterpriseWithItsClubsAndTheTotals()
    {
        var investments = new[]
        {
            Investment("canche", "archiverre", Money.FromEuros(1_500), "2024-05-15", "2024-05-20"),
            Investment("la-toupiole", "archiverre", Money.FromEuros(1_500), "2024-05-16", status: InvestmentStatus.Committed),
            Investment("solartois-2", "uthopia", Money.FromEuros(3_000), "2024-02-01", "2024-02-10"),
            Investment("x", "uthopia", Money.FromCents(999_999), "2024-02-01", status: InvestmentStatus.Abandoned),
            Investment("x", "uthopia", Money.FromEuros(1_000), "2023-12-31", "2024-01-05"),
            Investment("x", "nord", Money.FromEuros(1_000), "2024-03-01", "2024-03-05"),
        };

        var table = Portfolio.Table("62", 2024, investments, Enterprises);

        Assert.Equal(["Archiverre - À petits pas", "Uthopia"], table.Rows.Select(row => row.Enterprise.Name));
        Assert.Equal((Money.FromEuros(3_000), Money.FromEuros(1_500)), (table.Rows[0].Amount, table.Rows[0].Disbursed));
        Assert.Equal(["canche", "la-toupiole"], table.Rows[0].ClubIds);
        Assert.Equal((Money.FromEuros(6_000), Money.FromEuros(4_500), 3), (table.Total, table.Disbursed, table.Investments));
    }

    [Fact]
    public void HoldingsAreWhatWasPaidLessWhatCameBackUntilTheStakeIsClosed()
    {
        var investments = new[]
        {
            Investment("canche", "archiverre", Money.FromEuros(1_500), "2022-05-15", "2022-05-20", InvestmentStatus.PartlyRepaid, returns: ("2023-05-20", Money.FromEuros(500))),
            Investment("canche", "uthopia", Money.FromEuros(3_000), "2022-02-01", "2022-02-10", InvestmentStatus.Exited, closed: "2024-06-30", returns: ("2024-06-30", Money.FromEuros(3_200))),
            Investment("b", "nord", Money.FromEuros(1_000), "2024-03-01", status: InvestmentStatus.Committed),
        };

        var atEnd2023 = Portfolio.Holdings(Day("2023-12-31"), investments, Enterprises);
        var atEnd2024 = Portfolio.Holdings(Day("2024-12-31"), investments, Enterprises);

        Assert.Equal([("archiverre", Money.FromEuros(1_000)), ("uthopia", Money.FromEuros(3_000))], atEnd2023.Select(holding => (holding.Enterprise.EnterpriseId, holding.Outstanding)));
        Assert.Equal([("archiverre", Money.FromEuros(1_000))], atEnd2024.Select(holding => (holding.Enterprise.EnterpriseId, holding.Outstanding)));
    }

    [Fact]
    public void TheYearsFiguresCountWhatWasFinancedAndWhatIsHeldAtItsEnd()
    {
        var investments = new[]
        {
            Investment("canche", "archiverre", Money.FromEuros(1_500), "2024-05-15", "2024-05-20"),
            Investment("la-toupiole", "archiverre", Money.FromEuros(1_500), "2024-05-16", "2024-05-20"),
            Investment("x", "uthopia", Money.FromEuros(1_000), "2023-12-31", "2024-01-05"),
        };

        var figures = Portfolio.Figures(2024, investments, Enterprises);

        Assert.Equal(new YearFigures(2024, EnterprisesFinanced: 1, Investments: 2, Amount: Money.FromEuros(3_000), EnterprisesHeld: 2, Outstanding: Money.FromEuros(4_000)) { Disbursed = Money.FromEuros(3_000) }, figures);
    }

    [Fact]
    public void TheLeverageIsTheTotalFinancingPerEuroFromTheClubs()
    {
        var clubs = new[] { Investment("canche", "archiverre", Money.FromEuros(3_000), "2024-05-15", "2024-05-20") };
        CoFinancingLine Partner(Money amount) => new(Guid.NewGuid().ToString(), "p", "Partner", amount, Instrument.Loan, Day("2024-05-01"));

        var summary = Portfolio.CoFinancing(clubs, [Partner(Money.FromEuros(10_000)), Partner(Money.FromEuros(2_000))]);

        Assert.Equal(new CoFinancingSummary(Money.FromEuros(15_000), Money.FromEuros(3_000), 5.00m), summary);
        Assert.Null(Portfolio.CoFinancing([], [Partner(Money.FromCents(1))]).Leverage);
    }
}
