using System.Globalization;
using System.Text;
using Cigales.Grants.Domain;
using Cigales.SharedKernel;

namespace Cigales.Grants.Api;

/// <summary>
/// The final report as CSV that a spreadsheet opens as it is: UTF-8 with a byte order mark, ";"
/// between fields, and for the French locale French headings and decimal commas. One table with a
/// section column: activity by axis, charges, products, investments, inconsistencies. Text cells
/// that a spreadsheet would take for a formula are neutralised (<see cref="CsvCell"/>).
/// </summary>
public static class FinalReportCsv
{
    public static byte[] Write(FinalReportView report, bool french)
    {
        var culture = french ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture;
        string T(string fr, string en) => french ? fr : en;
        // A number of euros the spreadsheet can add up, not Money's text with its € sign.
        CsvCell Amount(Money amount) => CsvCell.Number(amount.Cents / 100m, "0.00", culture);
        CsvCell Quantity(decimal value) => CsvCell.Number(value, "0.##", culture);

        var csv = new StringBuilder();
        void Row(params CsvCell[] cells) => csv.Append(CsvCell.Row(';', cells));

        var terms = report.Convention.Terms;
        Row(T("Section", "Section"), T("Ligne", "Line"), T("Prévu", "Planned"), T("Réalisé", "Actual"), T("Écart", "Difference"));
        Row(T("Convention", "Convention"), $"{terms.FileNumber} — {terms.Object}", Amount(terms.Grant), Amount(report.Convention.Paid), string.Empty);
        foreach (var axis in report.Axes.Append(report.Total))
        {
            var name = axis.Number == 0 ? T("Total", "Total") : $"{T("Axe", "Axis")} {axis.Number} — {axis.Title}";
            Row(T("Activité", "Activity"), $"{name} — {T("jours salariés", "staff days")}", Quantity(axis.PlannedDays), Quantity(axis.ActualDays), Quantity(axis.ActualDays - axis.PlannedDays));
            Row(T("Activité", "Activity"), $"{name} — {T("heures bénévoles", "volunteer hours")}", Quantity(axis.PlannedHours), Quantity(axis.ActualHours), Quantity(axis.ActualHours - axis.PlannedHours));
            Row(T("Activité", "Activity"), $"{name} — {T("dont hors événements, jours / heures", "of which outside events, days / hours")}", string.Empty,
                $"{axis.DaysOutsideEvents.ToString("0.##", culture)} / {axis.HoursOutsideEvents.ToString("0.##", culture)}", string.Empty);
            Row(T("Activité", "Activity"), $"{name} — {T("événements tenus / annulés", "events held / cancelled")}", string.Empty, $"{axis.EventsHeld} / {axis.EventsCancelled}", string.Empty);
            Row(T("Activité", "Activity"), $"{name} — {T("participants / porteurs de projet", "people / project holders")}", string.Empty, $"{axis.People} / {axis.HoldersMet}", string.Empty);
        }

        Row(T("Accompagnement", "Pipeline"), T("Porteurs accueillis / étudiés / financés", "Holders welcomed / studied / financed"), string.Empty,
            $"{report.Finance.Welcomed} / {report.Finance.Studied} / {report.Finance.Financed}", string.Empty);
        Row(T("Accompagnement", "Pipeline"), T("Clubs créés", "Clubs created"), string.Empty, CsvCell.Number(report.ClubsCreated.Count, "0", culture), string.Empty);
        foreach (var line in report.Lines)
        {
            var section = line.Side == "charges" ? T("Charges", "Charges") : T("Produits", "Products");
            var label = line.Kind == BudgetItemKind.Other ? line.Label : $"{line.Label} ({line.ActualQuantity.ToString("0.##", culture)} {(line.Kind == BudgetItemKind.Staff ? T("jours", "days") : T("heures", "hours"))})";
            Row(section, label, Amount(line.Planned), Amount(line.Actual), Amount(line.Difference));
        }

        Row(T("Charges", "Charges"), T("Total des charges", "Total charges"), Amount(report.PlannedCharges), Amount(report.ActualCharges), Amount(report.ActualCharges - report.PlannedCharges));
        Row(T("Produits", "Products"), T("Total des produits", "Total products"), Amount(report.PlannedProducts), Amount(report.ActualProducts), Amount(report.ActualProducts - report.PlannedProducts));
        foreach (var row in report.Finance.Rows)
        {
            Row(T("Investissements", "Investments"), $"{row.Enterprise} ({row.Town}) — {string.Join(", ", row.Clubs)}", string.Empty, Amount(row.Amount), string.Empty);
        }

        Row(T("Investissements", "Investments"), T("Total", "Total"), string.Empty, Amount(report.Finance.Amount), string.Empty);
        foreach (var inconsistency in report.Inconsistencies)
        {
            Row(T("Incohérence", "Inconsistency"), inconsistency.Message, inconsistency.Id, inconsistency.AcknowledgedBecause ?? T("à corriger", "to fix"), string.Empty);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
