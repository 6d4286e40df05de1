namespace Cigales.Finance.Domain;

/// <summary>An investment as the portfolio reports count it.</summary>
public sealed record InvestmentFacts(
    string InvestmentId,
    string ClubId,
    string EnterpriseId,
    long AmountCents,
    InvestmentStatus Status,
    DateOnly DecidedOn,
    DateOnly? DisbursedOn,
    IReadOnlyList<InvestmentFacts.Return> Returns,
    DateOnly? ClosedOn)
{
    /// <summary>Committed or further: what the clubs decided and set money aside for.</summary>
    public bool Counts => Status is not (InvestmentStatus.Requested or InvestmentStatus.Abandoned or InvestmentStatus.Cancelled);

    /// <summary>What the club still has in the enterprise at the end of a day: paid, not closed, not all paid back.</summary>
    public long OutstandingOn(DateOnly date)
    {
        if (DisbursedOn is not { } paid || paid > date || ClosedOn is { } closed && closed <= date)
        {
            return 0;
        }

        return Math.Max(0, AmountCents - Returns.Where(back => back.On <= date).Sum(back => back.Cents));
    }

    public sealed record Return(DateOnly On, long Cents);
}

/// <summary>An enterprise as the portfolio reports show it.</summary>
public sealed record EnterpriseFacts(
    string EnterpriseId, string Name, string Activity, LegalForm LegalForm, string Town, string Department, string Territory, EnterpriseStage Stage);

/// <summary>The reports on the clubs' investments: the yearly table of a department, the holdings, the network's figures.</summary>
public static class Portfolio
{
    /// <summary>
    /// The investments decided in a year in a department's enterprises, one row per enterprise
    /// (several clubs may invest in one), what was paid and what is still to be paid, with totals.
    /// </summary>
    public static YearlyTable Table(
        string department, int year, IEnumerable<InvestmentFacts> investments, IReadOnlyDictionary<string, EnterpriseFacts> enterprises) =>
        new(department, year, Made(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), department, investments, enterprises));

    /// <summary>The investments decided in a period, in a department's enterprises (any, when empty), one row per enterprise.</summary>
    public static IReadOnlyList<YearlyTable.Row> Made(
        DateOnly from, DateOnly to, string department, IEnumerable<InvestmentFacts> investments, IReadOnlyDictionary<string, EnterpriseFacts> enterprises) =>
        investments
            .Where(investment => investment.Counts && investment.DecidedOn >= from && investment.DecidedOn <= to)
            .Where(investment => enterprises.TryGetValue(investment.EnterpriseId, out var enterprise) && (department.Length == 0 || enterprise.Department == department))
            .GroupBy(investment => investment.EnterpriseId)
            .Select(group => new YearlyTable.Row(
                enterprises[group.Key],
                group.Sum(investment => investment.AmountCents),
                group.Where(investment => investment.DisbursedOn is not null).Sum(investment => investment.AmountCents),
                group.Select(investment => investment.ClubId).Distinct().Order(StringComparer.Ordinal).ToList(),
                group.Count()))
            .OrderBy(row => row.Enterprise.Name, StringComparer.CurrentCulture)
            .ToList();

    /// <summary>The enterprises in which clubs still hold something at the end of a day, with what they hold.</summary>
    public static IReadOnlyList<Holding> Holdings(
        DateOnly asOf, IEnumerable<InvestmentFacts> investments, IReadOnlyDictionary<string, EnterpriseFacts> enterprises) =>
        investments
            .Select(investment => (Investment: investment, Outstanding: investment.OutstandingOn(asOf)))
            .Where(held => held.Outstanding > 0 && enterprises.ContainsKey(held.Investment.EnterpriseId))
            .GroupBy(held => held.Investment.EnterpriseId)
            .Select(group => new Holding(
                enterprises[group.Key],
                group.Sum(held => held.Outstanding),
                group.Select(held => held.Investment.ClubId).Distinct().Order(StringComparer.Ordinal).ToList()))
            .OrderBy(holding => holding.Enterprise.Name, StringComparer.CurrentCulture)
            .ToList();

    public static YearFigures Figures(int year, IReadOnlyCollection<InvestmentFacts> investments, IReadOnlyDictionary<string, EnterpriseFacts> enterprises)
    {
        var made = investments.Where(investment => investment.Counts && investment.DecidedOn.Year == year).ToList();
        var held = Holdings(new DateOnly(year, 12, 31), investments, enterprises);
        return new YearFigures(
            year,
            made.Select(investment => investment.EnterpriseId).Distinct().Count(),
            made.Count,
            made.Sum(investment => investment.AmountCents),
            held.Count,
            held.Sum(holding => holding.OutstandingCents));
    }

    /// <summary>
    /// A project's financing: the clubs' investments and the partners' co-financing. The leverage is
    /// the total per euro the clubs put in (null when they put in nothing).
    /// </summary>
    public static CoFinancingSummary CoFinancing(IEnumerable<InvestmentFacts> clubInvestments, IEnumerable<CoFinancingLine> partners)
    {
        var clubs = clubInvestments.Where(investment => investment.Counts).Sum(investment => investment.AmountCents);
        var total = clubs + partners.Sum(line => line.AmountCents);
        return new CoFinancingSummary(total, clubs, clubs == 0 ? null : Math.Round((decimal)total / clubs, 2, MidpointRounding.AwayFromZero));
    }
}

public sealed record YearlyTable(string Department, int Year, IReadOnlyList<YearlyTable.Row> Rows)
{
    public long TotalCents => Rows.Sum(row => row.AmountCents);

    public long DisbursedCents => Rows.Sum(row => row.DisbursedCents);

    public int Investments => Rows.Sum(row => row.Investments);

    /// <param name="DisbursedCents">What was paid; the rest is committed, still to be paid.</param>
    public sealed record Row(EnterpriseFacts Enterprise, long AmountCents, long DisbursedCents, IReadOnlyList<string> ClubIds, int Investments);
}

public sealed record Holding(EnterpriseFacts Enterprise, long OutstandingCents, IReadOnlyList<string> ClubIds);

/// <param name="EnterprisesFinanced">Enterprises with at least one investment decided in the year.</param>
/// <param name="EnterprisesHeld">Enterprises the clubs still held something of at the year's end.</param>
public sealed record YearFigures(int Year, int EnterprisesFinanced, int Investments, long AmountCents, int EnterprisesHeld, long OutstandingCents);

public sealed record CoFinancingSummary(long TotalCents, long ClubsCents, decimal? Leverage);
