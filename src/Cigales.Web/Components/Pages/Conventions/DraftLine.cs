using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Web.Components.Pages.Conventions.Actions;
using Cigales.Web.Formatting;

namespace Cigales.Web.Components.Pages.Conventions;

/// <summary>
/// A line of the actual budget as the person edits it in the final report's draft: its amount and
/// quantity as typed, beside what the provisional budget planned for it.
/// </summary>
public sealed class DraftLine
{
    /// <summary>"charges" or "products", as the report names the sides.</summary>
    public required string Side { get; init; }

    public string Label { get; set; } = string.Empty;

    public BudgetItemKind Kind { get; set; }

    public string Amount { get; set; } = string.Empty;

    public string Quantity { get; set; } = string.Empty;

    /// <summary>Whether the provisional budget has this line: its label is then the plan's.</summary>
    public bool Planned { get; init; }

    public long PlannedCents { get; init; }

    public double PlannedQuantity { get; init; }

    /// <summary>What the report last built gives as the difference with the plan, null for a line not saved yet.</summary>
    public long? DifferenceCents { get; init; }

    public bool Counted => Kind is BudgetItemKind.Staff or BudgetItemKind.Volunteer;

    /// <summary>The amount typed, in cents; an empty field counts nothing; null when it does not read as an amount.</summary>
    public long? Cents => Amount.Trim().Length == 0 ? 0 : French.Cents(Amount);

    /// <summary>The days or hours typed; null when they do not read as a number.</summary>
    public double? CountedQuantity => Counted ? ConventionForms.Quantity(Quantity) : 0;

    public bool Readable => Cents is not null && CountedQuantity is not null;

    public BudgetItem ToItem() => new()
    {
        Label = Label.Trim(),
        Amount = new Money { Cents = Cents ?? 0 },
        Kind = Kind,
        Quantity = CountedQuantity ?? 0,
    };

    /// <summary>The report's lines, planned against actual, as the draft's editable lines.</summary>
    public static List<DraftLine> From(FinalReportDraft report, Budget? planned) =>
        [.. report.Lines.Select(line => new DraftLine
        {
            Side = line.Side == "products" ? "products" : "charges",
            Label = line.Label,
            Kind = line.Kind,
            Amount = ConventionForms.Euros(line.Actual?.Cents ?? 0),
            Quantity = line.Kind is BudgetItemKind.Staff or BudgetItemKind.Volunteer ? ConventionLabels.Number(line.ActualQuantity) : string.Empty,
            Planned = IsPlanned(planned, line),
            PlannedCents = line.Planned?.Cents ?? 0,
            PlannedQuantity = line.PlannedQuantity,
            DifferenceCents = line.Difference?.Cents ?? 0,
        })];

    private static bool IsPlanned(Budget? planned, BudgetComparison line) =>
        (line.Side == "products" ? planned?.Products : planned?.Charges)?.Any(item => string.Equals(item.Label.Trim(), line.Label.Trim(), StringComparison.OrdinalIgnoreCase)) ?? false;
}
