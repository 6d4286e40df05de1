using Cigales.Contracts.Grants.V1;
using Cigales.Web.Formatting;

namespace Cigales.Web.Components.Pages.Conventions;

/// <summary>
/// The figures an inconsistency of the final report sets against each other, in French, read from
/// the report itself (and from the totals the person wrote, which the report does not repeat), so
/// that the person sees what to fix without reading the rule's message.
/// </summary>
public static class InconsistencyFigures
{
    /// <param name="declaredCharges">The charges' total as the person wrote it on the form, when they did.</param>
    /// <param name="declaredProducts">The products' total as written, when it was.</param>
    public static string Of(Inconsistency inconsistency, FinalReportDraft report, Rates? rates, long? declaredCharges, long? declaredProducts)
    {
        var charges = report.Lines.Where(line => line.Side != "products").ToList();
        var products = report.Lines.Where(line => line.Side == "products").ToList();
        return inconsistency.Rule switch
        {
            "report.total" when inconsistency.Id == "total.products" => Total(declaredProducts, report.ActualProducts, "produits"),
            "report.total" => Total(declaredCharges, report.ActualCharges, "charges"),
            "budget.balanced" =>
                $"Charges réalisées : {French.Amount(report.ActualCharges)} ; produits réalisés : {French.Amount(report.ActualProducts)} ; "
                + $"écart : {French.Amount(Math.Abs((report.ActualCharges?.Cents ?? 0) - (report.ActualProducts?.Cents ?? 0)))}",
            "budget.staff_rate" => Valuation(inconsistency.Id, report, rates?.StaffDay, "jour", "le jour"),
            "budget.volunteer_rate" => Valuation(inconsistency.Id, report, rates?.VolunteerHour, "heure", "l'heure"),
            "budget.volunteer_both_sides" =>
                $"Bénévolat en charges : {French.Amount(Sum(charges, BudgetItemKind.Volunteer))} ; en produits : {French.Amount(Sum(products, BudgetItemKind.Volunteer))}",
            "budget.axes_days" =>
                $"Jours des lignes salariées : {ConventionLabels.Number(Quantity(charges, BudgetItemKind.Staff))} ; jours relevés pour les axes : {ConventionLabels.Number(report.RecordedStaffDays)}",
            "budget.axes_hours" =>
                $"Heures de la valorisation du bénévolat : {ConventionLabels.Number(Quantity(charges, BudgetItemKind.Volunteer))} ; heures relevées pour les axes : {ConventionLabels.Number(report.RecordedVolunteerHours)}",
            "report.activity_unattributed" => $"Événements tenus sans axe sur la période : {report.EventsUnattributed}",
            "report.text_figure" => TextFigure(inconsistency.Id),
            "report.text_product" => TextProduct(inconsistency.Id),
            "report.expenses" => Expenses(inconsistency.Id, report),
            _ => string.Empty,
        };
    }

    private static string Total(long? declared, Contracts.Common.V1.Money? sum, string side) => declared is { } written
        ? $"Total des {side} écrit : {French.Amount(written)} ; somme des lignes : {French.Amount(sum)}"
        : $"Somme des lignes de {side} : {French.Amount(sum)}";

    /// <summary>The line named in the id (<c>budget.staff_rate:actual.charges:Prestations salariat</c>): its amount against its quantity at the rate.</summary>
    private static string Valuation(string id, FinalReportDraft report, Contracts.Common.V1.Money? rate, string unit, string perUnit)
    {
        var parts = id.Split(':', 3);
        if (parts.Length < 3)
        {
            return string.Empty;
        }

        var side = parts[1].EndsWith("products", StringComparison.Ordinal) ? "products" : "charges";
        var line = report.Lines.FirstOrDefault(line => (line.Side == "products") == (side == "products") && string.Equals(line.Label.Trim(), parts[2].Trim(), StringComparison.OrdinalIgnoreCase));
        if (line is null)
        {
            return string.Empty;
        }

        var quantity = line.ActualQuantity;
        var text = $"{line.Label} : {French.Amount(line.Actual)} pour {ConventionLabels.Number(quantity)} {unit}{(quantity > 1 ? "s" : string.Empty)}";
        return rate is null
            ? text
            : $"{text} ; à {French.Amount(rate)} {perUnit}, {French.Amount((long)((decimal)quantity * rate.Cents))}";
    }

    /// <summary>The figure written in the activity report, from the id (<c>text.figure:holders:7</c>), and what it counts.</summary>
    private static string TextFigure(string id)
    {
        var parts = id.Split(':', 3);
        if (parts.Length < 3)
        {
            return string.Empty;
        }

        var what = parts[1] switch
        {
            "holders" => "porteurs de projet",
            "events" => "événements",
            "people" => "participants",
            "clubs" => "clubs créés",
            "days" => "jours salariés",
            "hours" => "heures bénévoles",
            "euros" => "euros",
            _ => parts[1],
        };
        var figure = decimal.TryParse(parts[2], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value.ToString("0.##", WebAppRegistration.French)
            : parts[2];
        return $"Chiffre écrit dans le rapport d'activité : {figure} ({what})";
    }

    /// <summary>The product written in the activity report, from the id (<c>text.product:30x365=11000</c>), against its total.</summary>
    private static string TextProduct(string id)
    {
        var figures = id.Split(':', 2) is [_, var written] ? written.Split('x', '=') : [];
        var values = figures.Select(figure => decimal.TryParse(figure, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : (decimal?)null).ToList();
        // Beyond a billion euros, no figure of a report is real: the rule's sentence says enough.
        if (values is not [{ } quantity, { } rate, { } total] || quantity > 1_000_000_000 || rate > 1_000_000_000 || total > 1_000_000_000)
        {
            return string.Empty;
        }

        return $"Écrit : {quantity.ToString("0.##", WebAppRegistration.French)} × {Euros(rate)} = {Euros(total)} ; le calcul donne {Euros(quantity * rate)}";
    }

    private static string Euros(decimal euros) => French.Amount((long)Math.Round(euros * 100, MidpointRounding.AwayFromZero));

    /// <summary>The line named in the id (<c>expenses:Frais de déplacement</c>): as written in the draft.</summary>
    private static string Expenses(string id, FinalReportDraft report)
    {
        var label = id.Split(':', 2) is [_, var named] ? named : string.Empty;
        var line = report.Lines.FirstOrDefault(line => line.Side == "charges" && string.Equals(line.Label.Trim(), label.Trim(), StringComparison.OrdinalIgnoreCase));
        return line is null ? string.Empty : $"{line.Label} : {French.Amount(line.Actual)} écrits dans le brouillon";
    }

    private static long Sum(IEnumerable<BudgetComparison> lines, BudgetItemKind kind) => lines.Where(line => line.Kind == kind).Sum(line => line.Actual?.Cents ?? 0);

    private static double Quantity(IEnumerable<BudgetComparison> lines, BudgetItemKind kind) => lines.Where(line => line.Kind == kind).Sum(line => line.ActualQuantity);
}
