using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>An investment as the portfolio reports count it.</summary>
/// <param name="DisbursedOn">The day it was paid in full, when it was.</param>
/// <param name="Payments">Its payments to the enterprise; when not given, one payment of the whole amount on <paramref name="DisbursedOn"/>.</param>
public sealed record InvestmentFacts(
    string InvestmentId,
    string ClubId,
    string EnterpriseId,
    Money Amount,
    InvestmentStatus Status,
    DateOnly DecidedOn,
    DateOnly? DisbursedOn,
    IReadOnlyList<InvestmentFacts.Return> Returns,
    DateOnly? ClosedOn,
    IReadOnlyList<Payment>? Payments = null)
{
    /// <summary>Committed or further: what the clubs decided and set money aside for.</summary>
    public bool Counts => Status is not (InvestmentStatus.Requested or InvestmentStatus.Abandoned or InvestmentStatus.Cancelled);

    public IReadOnlyList<Payment> PaymentsMade => Payments ?? (DisbursedOn is { } paid ? [new Payment(InvestmentState.DisbursementKey, Amount, paid)] : []);

    /// <summary>What was paid to the enterprise by the end of a day: realised; the rest of what counts is in progress.</summary>
    public Money DisbursedBy(DateOnly date) => PaymentsMade.Where(payment => payment.On <= date).Sum(payment => payment.Amount);

    /// <summary>What the club still has in the enterprise at the end of a day: paid, not closed, not all paid back.</summary>
    public Money OutstandingOn(DateOnly date)
    {
        var paid = DisbursedBy(date);
        if (!paid.IsPositive || ClosedOn is { } closed && closed <= date)
        {
            return Money.Zero;
        }

        return Money.Max(Money.Zero, paid - Returns.Where(back => back.On <= date).Sum(back => Money.FromCents(back.Cents)));
    }

    /// <summary>
    /// Money that came back on a day. The investments' read model stores it under the name
    /// <c>Cents</c>, which no <see cref="Money"/> property can keep (a Money named X is stored as
    /// XCents): it stays a number of cents.
    /// </summary>
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
                group.Sum(investment => investment.Amount),
                group.Sum(investment => investment.DisbursedBy(to)),
                group.Select(investment => investment.ClubId).Distinct().Order(StringComparer.Ordinal).ToList(),
                group.Count()))
            .OrderBy(row => row.Enterprise.Name, StringComparer.CurrentCulture)
            .ToList();

    /// <summary>The enterprises in which clubs still hold something at the end of a day, with what they hold.</summary>
    public static IReadOnlyList<Holding> Holdings(
        DateOnly asOf, IEnumerable<InvestmentFacts> investments, IReadOnlyDictionary<string, EnterpriseFacts> enterprises) =>
        investments
            .Select(investment => (Investment: investment, Outstanding: investment.OutstandingOn(asOf)))
            .Where(held => held.Outstanding.IsPositive && enterprises.ContainsKey(held.Investment.EnterpriseId))
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
            made.Sum(investment => investment.Amount),
            held.Count,
            held.Sum(holding => holding.Outstanding))
        {
            Disbursed = made.Sum(investment => investment.DisbursedBy(new DateOnly(year, 12, 31))),
        };
    }

    /// <summary>
    /// A project's financing: the clubs' investments and the partners' co-financing. The leverage is
    /// the total per euro the clubs put in (null when they put in nothing).
    /// </summary>
    public static CoFinancingSummary CoFinancing(IEnumerable<InvestmentFacts> clubInvestments, IEnumerable<CoFinancingLine> partners)
    {
        var clubs = clubInvestments.Where(investment => investment.Counts).Sum(investment => investment.Amount);
        var total = clubs + partners.Sum(line => line.Amount);
        return new CoFinancingSummary(total, clubs, total.PartOf(clubs) is { } leverage ? Math.Round(leverage, 2, MidpointRounding.AwayFromZero) : null);
    }
}

public sealed record YearlyTable(string Department, int Year, IReadOnlyList<YearlyTable.Row> Rows)
{
    public Money Total => Rows.Sum(row => row.Amount);

    public Money Disbursed => Rows.Sum(row => row.Disbursed);

    /// <summary>Committed and not yet paid at the period's end.</summary>
    public Money InProgress => Total - Disbursed;

    public int Investments => Rows.Sum(row => row.Investments);

    /// <param name="Disbursed">What was paid by the period's end (realised); the rest is committed, still to be paid (in progress).</param>
    public sealed record Row(EnterpriseFacts Enterprise, Money Amount, Money Disbursed, IReadOnlyList<string> ClubIds, int Investments)
    {
        public Money InProgress => Amount - Disbursed;
    }
}

public sealed record Holding(EnterpriseFacts Enterprise, Money Outstanding, IReadOnlyList<string> ClubIds);

/// <param name="EnterprisesFinanced">Enterprises with at least one investment decided in the year.</param>
/// <param name="EnterprisesHeld">Enterprises the clubs still held something of at the year's end.</param>
public sealed record YearFigures(int Year, int EnterprisesFinanced, int Investments, Money Amount, int EnterprisesHeld, Money Outstanding)
{
    /// <summary>Of the year's investments, what was paid by the year's end (realised).</summary>
    public Money Disbursed { get; init; } = Money.Zero;

    /// <summary>Of the year's investments, what was committed and not yet paid at the year's end.</summary>
    public Money InProgress => Amount - Disbursed;
}

public sealed record CoFinancingSummary(Money Total, Money Clubs, decimal? Leverage);
