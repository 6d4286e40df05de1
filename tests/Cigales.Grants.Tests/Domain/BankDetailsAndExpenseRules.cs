using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using static Cigales.Grants.Tests.Domain.ConventionStates;

namespace Cigales.Grants.Tests.Domain;

public sealed class BankDetailsAndExpenseRules
{
    private const string CreditAgricoleIban = "FR7630006000011234567890189";

    private static Expense Travel(string key = "x1", DateOnly? on = null, long euros = 84, string line = "Frais de déplacement") =>
        new(key, on ?? new DateOnly(2025, 9, 12), Money.FromEuros(euros), line, "Train Arras–Lille, inter-clubs");

    [Fact]
    public void BankDetailsWrittenInGroupsOfFourAreKeptWithoutSpacesInCapitals()
    {
        var decision = ConventionRules.RecordBankDetails(Signed(), new BankDetails("fr76 3000 6000 0112 3456 7890 189", "agri frpp 882"));

        Assert.Equal(new BankDetails(CreditAgricoleIban, "AGRIFRPP882"), Assert.IsType<BankDetailsRecorded>(Assert.Single(decision.Events)).Details);
    }

    [Fact]
    public void AWrongIbanAndBicAreBothRefusedNamingEachFieldAndNothingIsRecorded()
    {
        var decision = ConventionRules.RecordBankDetails(Signed(), new BankDetails("FR7630006000011234567890188", "AGRIFRP"));

        Assert.Empty(decision.Events);
        Assert.Equal(
            [("bank_details.iban", "iban.check_digits"), ("bank_details.bic", "bic.format")],
            decision.Refusals.Select(refusal => (refusal.Field, refusal.Rule)));
    }

    [Fact]
    public void TheSameBankDetailsAgainChangeNothingAndOthersReplaceThem()
    {
        var details = new BankDetails(CreditAgricoleIban, "AGRIFRPP");
        var recorded = Then(Signed(), ConventionRules.RecordBankDetails(Signed(), details));

        Assert.Empty(ConventionRules.RecordBankDetails(recorded, details).Events);
        var changed = Then(recorded, ConventionRules.RecordBankDetails(recorded, new BankDetails("DE89370400440532013000", "COBADEFFXXX")));
        Assert.Equal("DE89370400440532013000", changed.ToSnapshot()!.BankDetails?.Iban);
    }

    [Fact]
    public void AnExpenseIsRecordedOnItsLineOncePerKey()
    {
        var paid = Paid();
        var recorded = Then(paid, ConventionRules.RecordExpense(paid, Travel(line: " frais de DÉPLACEMENT "), Today));

        var expense = Assert.Single(recorded.ToSnapshot()!.ExpensesRecorded);
        Assert.Equal(("Frais de déplacement", Money.FromEuros(84)), (expense.Line, expense.Amount));
        Assert.Empty(ConventionRules.RecordExpense(recorded, Travel(), Today).Events);
        var reused = ConventionRules.RecordExpense(recorded, Travel(euros: 90), Today).Refusal;
        Assert.Equal((RefusalKind.AlreadyExists, "request_id", "expense.key_reused"), (reused?.Kind, reused?.Field, reused?.Rule));
    }

    [Theory]
    [InlineData(2024, 12, 31)]
    [InlineData(2026, 1, 2)]
    public void AnExpensePaidOutsideTheConventionsPeriodIsRefused(int year, int month, int day)
    {
        var refusal = ConventionRules.RecordExpense(Paid(), Travel(on: new DateOnly(year, month, day)), Today).Refusal;

        Assert.Equal(("on", "expense.in_period"), (refusal?.Field, refusal?.Rule));
    }

    [Theory]
    [InlineData("Frais de bouche")] // not a line of the provisional budget
    [InlineData("Prestations salariat")] // staff work is counted in days, not expenses
    [InlineData("Département 62")] // a product
    public void AnExpenseGoesToAChargeLineOfTheProvisionalBudget(string line)
    {
        var refusal = ConventionRules.RecordExpense(Paid(), Travel(line: line), Today).Refusal;

        Assert.Equal(("line", "expense.budget_line"), (refusal?.Field, refusal?.Rule));
        Assert.Contains("'Frais de déplacement', 'Mission - réception'", refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoExpenseIsRecordedBeforeTheSignatureNorAfterTheFinalReport()
    {
        Assert.Equal("convention.reportable", ConventionRules.RecordExpense(Voted(), Travel(), Today).Refusal?.Rule);
        var reported = Then(Paid(), ConventionRules.SubmitFinalReport(Paid(), TheConvention2025.FinalReport(new DateOnly(2026, 1, 15)), Today));
        Assert.Equal("convention.reportable", ConventionRules.RecordExpense(reported, Travel(), Today).Refusal?.Rule);
    }
}
