using System.Text.Json;
using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using Cigales.Testing;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Domain;

/// <summary>The figures the tests use are the reference file's, so that a correction there shows here.</summary>
public sealed class TheReferenceFile
{
    private static readonly JsonElement Convention = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "data", "reference", "pas-de-calais.json")))
        .RootElement.GetProperty("convention_2025");

    private static readonly ConventionTerms Terms2025 = Terms("dept-62", "cigales-hdf", "line");

    [Fact]
    public void TheTermsAreThe2025Conventions()
    {
        Assert.Equal(Convention.GetProperty("file_number").GetString(), Terms2025.FileNumber);
        Assert.Equal(Convention.GetProperty("object").GetString(), Terms2025.Object);
        Assert.Equal(Money.FromCents(Convention.GetProperty("amount_cents").GetInt64()), Terms2025.Grant);
        Assert.Equal(Convention.GetProperty("period").GetProperty("start").GetString(), $"{Terms2025.Start:yyyy-MM-dd}");
        Assert.Equal(Convention.GetProperty("period").GetProperty("end").GetString(), $"{Terms2025.End:yyyy-MM-dd}");
        Assert.Equal(Convention.GetProperty("final_report_due").GetString(), $"{Terms2025.FinalReportDue:yyyy-MM-dd}");
        Assert.Equal(Money.FromCents(Convention.GetProperty("rates").GetProperty("staff_day_cents").GetInt64()), Rates.StaffDay);
        Assert.Equal(Money.FromCents(Convention.GetProperty("rates").GetProperty("volunteer_hour_cents").GetInt64()), Rates.VolunteerHour);
        Assert.Equal(
            Convention.GetProperty("axes").EnumerateArray().Select(axis => (axis.GetProperty("number").GetInt32(), axis.GetProperty("title").GetString(), axis.GetProperty("staff_days").GetDecimal(), axis.GetProperty("volunteer_hours").GetDecimal())),
            Axes.Select(axis => (axis.Number, (string?)axis.Title, axis.StaffDays, axis.VolunteerHours)));
    }

    [Fact]
    public void TheBudgetIsThe2025Conventions()
    {
        static IEnumerable<(string?, Money)> Lines(JsonElement side) =>
            side.EnumerateArray().Select(line => (line.GetProperty("line").GetString(), Money.FromCents(line.GetProperty("amount_cents").GetInt64())));

        var budget = Convention.GetProperty("provisional_budget");
        Assert.Equal(Lines(budget.GetProperty("charges")), Budget.Charges.Select(line => ((string?)line.Label, line.Amount)));
        Assert.Equal(Lines(budget.GetProperty("products")), Budget.Products.Select(line => ((string?)line.Label, line.Amount)));
    }

    [Fact]
    public void TheDecisionAndTheBudgetLineAreThe2025Conventions()
    {
        var deliberation = Convention.GetProperty("deliberation");
        var votes = deliberation.GetProperty("votes");
        var line = Convention.GetProperty("budget_line");

        Assert.Equal(
            (deliberation.GetProperty("number").GetString(), deliberation.GetProperty("date").GetString(), deliberation.GetProperty("body").GetString(),
             votes.GetProperty("for").GetInt32(), votes.GetProperty("against").GetInt32(), votes.GetProperty("abstention").GetInt32(), votes.GetProperty("absent_without_proxy").GetInt32(),
             deliberation.GetProperty("adopted").GetBoolean()),
            ((string?)AdoptedDeliberation.Number, (string?)$"{AdoptedDeliberation.On:yyyy-MM-dd}", (string?)AdoptedDeliberation.Body,
             AdoptedDeliberation.For, AdoptedDeliberation.Against, AdoptedDeliberation.Abstentions, AdoptedDeliberation.AbsentWithoutProxy, AdoptedDeliberation.Adopted));
        Assert.Equal(Convention.GetProperty("report").GetProperty("number").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), Report.Number);
        Assert.Equal(Convention.GetProperty("report").GetProperty("committee_opinion").GetString(), $"{Report.OpinionOn:yyyy-MM-dd}");
        var opened = BudgetLine("dept-62");
        Assert.Equal(
            (line.GetProperty("operation").GetString(), line.GetProperty("imputation").GetString(), line.GetProperty("label").GetString(), Money.FromCents(line.GetProperty("credits_cents").GetInt64())),
            ((string?)opened.Operation, (string?)opened.Imputation, (string?)opened.Label, opened.Credits));
    }
}
