using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

/// <summary>
/// The portfolio tells what is realised (paid) from what is in progress (committed, not paid yet),
/// as the reference figures of 2024 do: Littoral Bio, 3 000 € committed, 75 € of them paid.
/// </summary>
public sealed class RealisedAndInProgress
{
    private static readonly Dictionary<string, EnterpriseFacts> Enterprises = new()
    {
        ["littoral-bio"] = new("littoral-bio", "Littoral Bio", "Traiteur bio", LegalForm.Scop, "Saint-Martin", "62", "Boulonnais", EnterpriseStage.Unknown),
        ["uthopia"] = new("uthopia", "Uthopia", "Épicerie solidaire", LegalForm.Association, "Frévent", "62", "Ternois", EnterpriseStage.Development),
    };

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static InvestmentFacts LittoralBio(params Payment[] payments) => new(
        "lb", "boulonnais", "littoral-bio", Money.FromCents(300_000), payments.Length == 0 ? InvestmentStatus.Committed : InvestmentStatus.PartlyDisbursed,
        Day("2024-10-01"), null, [], null, payments);

    private static readonly InvestmentFacts Uthopia = new(
        "u", "solartois-2", "uthopia", Money.FromCents(300_000), InvestmentStatus.Disbursed, Day("2024-02-01"), Day("2024-02-10"), [], null);

    [Fact]
    public void TheYearlyTableSplitsEachRowIntoRealisedAndInProgress()
    {
        var table = Portfolio.Table("62", 2024, [LittoralBio(new Payment("p1", Money.FromCents(7_500), Day("2024-11-01"))), Uthopia], Enterprises);

        var littoral = table.Rows.Single(row => row.Enterprise.Name == "Littoral Bio");
        Assert.Equal((Money.FromCents(7_500), Money.FromCents(292_500)), (littoral.Disbursed, littoral.InProgress));
        Assert.Equal((Money.FromCents(600_000), Money.FromCents(307_500), Money.FromCents(292_500)), (table.Total, table.Disbursed, table.InProgress));
    }

    [Fact]
    public void APaymentAfterTheYearsEndIsStillInProgressInThatYearsFigures()
    {
        var investments = new[] { LittoralBio(new Payment("p1", Money.FromCents(7_500), Day("2024-11-01")), new Payment("p2", Money.FromCents(292_500), Day("2025-03-01"))), Uthopia };

        var figures = Portfolio.Figures(2024, investments, Enterprises);

        Assert.Equal((Money.FromCents(600_000), Money.FromCents(307_500), Money.FromCents(292_500)), (figures.Amount, figures.Disbursed, figures.InProgress));
    }

    [Fact]
    public void WhatIsHeldIsWhatWasPaidByThatDayLessWhatCameBack()
    {
        var littoral = LittoralBio(new Payment("p1", Money.FromCents(7_500), Day("2024-11-01")), new Payment("p2", Money.FromCents(100_000), Day("2025-03-01")));

        Assert.Equal(
            (Money.Zero, Money.FromCents(7_500), Money.FromCents(107_500)),
            (littoral.OutstandingOn(Day("2024-10-31")), littoral.OutstandingOn(Day("2024-12-31")), littoral.OutstandingOn(Day("2025-12-31"))));
    }
}
