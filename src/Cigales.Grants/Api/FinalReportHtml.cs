using System.Globalization;
using System.Text;
using Cigales.Grants.Domain;
using Cigales.SharedKernel;

namespace Cigales.Grants.Api;

/// <summary>
/// The final report as a printable page, laid out like the funder's financial report form
/// (compte rendu financier): charges and products planned against actual with their gap, the
/// valuation of volunteer work apart, then the activity axis by axis and the inconsistencies.
/// </summary>
public static class FinalReportHtml
{
    public static string Write(FinalReportView report)
    {
        var terms = report.Convention.Terms;
        var html = new StringBuilder();
        string E(string text) => Escape(text);
        string Q(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));

        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<title>Compte rendu financier — convention {E(terms.FileNumber)}</title>\n")
            .Append("<style>body{font-family:sans-serif;font-size:11pt;margin:2em}h1{font-size:16pt}h2{font-size:13pt;margin-top:1.5em}")
            .Append("table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #444;padding:3px 6px}td.n{text-align:right;white-space:nowrap}")
            .Append("tr.total td{font-weight:bold}.ok{color:#060}.ko{color:#a00}@media print{body{margin:0}h2{page-break-after:avoid}}</style>\n</head>\n<body>\n");
        html.Append("<h1>Bilan final d'exécution — compte rendu financier</h1>\n<table>\n")
            .Append($"<tr><th>Convention</th><td>{E(terms.FileNumber)} — {E(terms.Object)}</td></tr>\n")
            .Append($"<tr><th>Financeur</th><td>{E(report.FunderName)}</td></tr>\n")
            .Append($"<tr><th>Bénéficiaire</th><td>{E(report.BeneficiaryName)}</td></tr>\n")
            .Append($"<tr><th>Période</th><td>du {CalendarDate.ToIso(report.From)} au {CalendarDate.ToIso(report.To)}</td></tr>\n")
            .Append($"<tr><th>Subvention</th><td>{terms.Grant} (versé : {report.Convention.Paid})</td></tr>\n</table>\n");

        html.Append("<h2>1. Charges et produits</h2>\n");
        Side(html, "Charges", report.Lines.Where(l => l.Side == "charges" && l.Kind != BudgetItemKind.Volunteer).ToList(), "Sous-total des charges", E, Q);
        Side(html, "Produits", report.Lines.Where(l => l.Side == "products" && l.Kind != BudgetItemKind.Volunteer).ToList(), "Sous-total des produits", E, Q);
        html.Append("<h2>2. Contributions volontaires en nature</h2>\n<p>Le bénévolat, valorisé à l'heure au taux de la convention, figure en charges et en produits.</p>\n");
        Side(html, "Emplois (charges)", report.Lines.Where(l => l.Side == "charges" && l.Kind == BudgetItemKind.Volunteer).ToList(), "Total des emplois", E, Q);
        Side(html, "Ressources (produits)", report.Lines.Where(l => l.Side == "products" && l.Kind == BudgetItemKind.Volunteer).ToList(), "Total des ressources", E, Q);
        html.Append("<table>\n<tr><th>Totaux, contributions volontaires comprises</th><th>Prévu</th><th>Réalisé</th><th>Écart</th></tr>\n")
            .Append($"<tr class=\"total\"><td>Total des charges</td><td class=\"n\">{report.PlannedCharges}</td><td class=\"n\">{report.ActualCharges}</td><td class=\"n\">{report.ActualCharges - report.PlannedCharges}</td></tr>\n")
            .Append($"<tr class=\"total\"><td>Total des produits</td><td class=\"n\">{report.PlannedProducts}</td><td class=\"n\">{report.ActualProducts}</td><td class=\"n\">{report.ActualProducts - report.PlannedProducts}</td></tr>\n</table>\n");

        html.Append("<h2>3. Activité par axe</h2>\n<table>\n<tr><th>Axe</th><th>Jours salariés prévus</th><th>réalisés</th><th>dont hors événements</th><th>Heures bénévoles prévues</th><th>réalisées</th><th>dont hors événements</th><th>Événements tenus</th><th>annulés</th><th>Participants</th><th>Porteurs de projet</th></tr>\n");
        foreach (var axis in report.Axes.Append(report.Total))
        {
            html.Append(axis.Number == 0 ? "<tr class=\"total\">" : "<tr>")
                .Append($"<td>{(axis.Number == 0 ? "Total" : $"{axis.Number}. {E(axis.Title)}")}</td><td class=\"n\">{Q(axis.PlannedDays)}</td><td class=\"n\">{Q(axis.ActualDays)}</td><td class=\"n\">{Q(axis.DaysOutsideEvents)}</td>")
                .Append($"<td class=\"n\">{Q(axis.PlannedHours)}</td><td class=\"n\">{Q(axis.ActualHours)}</td><td class=\"n\">{Q(axis.HoursOutsideEvents)}</td><td class=\"n\">{axis.EventsHeld}</td><td class=\"n\">{axis.EventsCancelled}</td>")
                .Append($"<td class=\"n\">{axis.People}</td><td class=\"n\">{axis.HoldersMet}</td></tr>\n");
        }

        html.Append("</table>\n")
            .Append($"<p>Porteurs de projet accueillis : {report.Finance.Welcomed}, étudiés : {report.Finance.Studied}, financés : {report.Finance.Financed}. ")
            .Append($"Clubs créés : {report.ClubsCreated.Count}{(report.ClubsCreated.Count > 0 ? $" ({E(string.Join(", ", report.ClubsCreated.Select(c => c.Name)))})" : string.Empty)}.</p>\n");
        html.Append($"<h2>4. Investissements des clubs {(report.Department.Length > 0 ? $"dans le département ({E(report.Department)})" : "dans la région")}</h2>\n<table>\n<tr><th>Entreprise</th><th>Activité</th><th>Commune</th><th>Clubs</th><th>Montant</th></tr>\n");
        foreach (var row in report.Finance.Rows)
        {
            html.Append($"<tr><td>{E(row.Enterprise)}</td><td>{E(row.Activity)}</td><td>{E(row.Town)}</td><td>{E(string.Join(", ", row.Clubs))}</td><td class=\"n\">{row.Amount}</td></tr>\n");
        }

        html.Append($"<tr class=\"total\"><td colspan=\"4\">Total ({report.Finance.Investments} investissements)</td><td class=\"n\">{report.Finance.Amount}</td></tr>\n</table>\n");
        html.Append("<h2>5. Rapport d'activité</h2>\n<p>").Append(E(report.ActivityReport).Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
        html.Append("<h2>6. Incohérences</h2>\n");
        if (report.Inconsistencies.Count == 0)
        {
            html.Append("<p class=\"ok\">Aucune incohérence.</p>\n");
        }
        else
        {
            html.Append("<table>\n<tr><th>Incohérence</th><th>Constat</th><th>Suite</th></tr>\n");
            foreach (var inconsistency in report.Inconsistencies)
            {
                html.Append($"<tr><td>{E(inconsistency.Id)}</td><td>{E(inconsistency.Message)}</td>")
                    .Append(inconsistency.AcknowledgedBecause is { } reason ? $"<td class=\"ok\">Reconnue : {E(reason)}</td>" : "<td class=\"ko\">À corriger</td>")
                    .Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append($"<p>{(report.Submittable ? "Le bilan peut être transmis." : "Le bilan ne peut être transmis tant qu'une incohérence reste à corriger ou à reconnaître.")}</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The five characters HTML gives a meaning to; the page is UTF-8, so accents stay as they are.</summary>
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    private static void Side(StringBuilder html, string title, IReadOnlyList<LineComparison> lines, string totalLabel, Func<string, string> e, Func<decimal, string> q)
    {
        var (planned, actual) = (lines.Sum(line => line.Planned), lines.Sum(line => line.Actual));
        html.Append($"<table>\n<tr><th>{title}</th><th>Prévu</th><th>Réalisé</th><th>Écart</th></tr>\n");
        foreach (var line in lines)
        {
            var quantity = line.Kind switch
            {
                BudgetItemKind.Staff => $" ({q(line.ActualQuantity)} jours)",
                BudgetItemKind.Volunteer => $" ({q(line.ActualQuantity)} heures)",
                _ => string.Empty,
            };
            html.Append($"<tr><td>{e(line.Label)}{quantity}</td><td class=\"n\">{line.Planned}</td><td class=\"n\">{line.Actual}</td><td class=\"n\">{line.Difference}</td></tr>\n");
        }

        html.Append($"<tr class=\"total\"><td>{totalLabel}</td><td class=\"n\">{planned}</td><td class=\"n\">{actual}</td><td class=\"n\">{actual - planned}</td></tr>\n</table>\n");
    }
}
