using System.Globalization;
using System.Text;
using Cigales.GrainInterfaces.Reports;

namespace Cigales.Grants.Reports;

/// <summary>A year's figures for the region or a department: the clubs' (Clubs service) with the pipeline's and the investments' (Finance).</summary>
public sealed record AreaFigures(string Department, ClubsYear Clubs, FinancePeriod Finance);

/// <summary>The network's yearly figures, for the region and each of its departments.</summary>
public static class NetworkFiguresReport
{
    /// <summary>The departments of Hauts-de-France: Aisne, Nord, Oise, Pas-de-Calais, Somme.</summary>
    public static readonly IReadOnlyList<string> Departments = ["02", "59", "60", "62", "80"];

    /// <summary>As CSV for a spreadsheet: UTF-8 with a BOM, ";" between fields, French headings and decimal commas.</summary>
    public static byte[] Csv(int year, AreaFigures region, IEnumerable<AreaFigures> departments)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var csv = new StringBuilder();
        csv.AppendJoin(';', [
            "Territoire", "Au", "Clubs en constitution", "Clubs d'investisseurs", "actifs dans l'année", "Clubs de gestion", "actifs dans l'année",
            "Clubs créés", "Membres", "Membres des clubs d'investisseurs", "Membres par club", "Porteurs accueillis", "Porteurs étudiés",
            "Porteurs financés", "Investissements", "Montant investi", "Entreprises financées", "Entreprises en portefeuille"]).Append("\r\n");
        foreach (var area in departments.Prepend(region))
        {
            var (clubs, finance) = (area.Clubs, area.Finance);
            csv.AppendJoin(';', [
                area.Department.Length == 0 ? $"Région {year}" : area.Department, clubs.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Count(clubs.Forming), Count(clubs.Investing), Count(clubs.InvestingDuringYear), Count(clubs.Managing), Count(clubs.ManagingDuringYear),
                Count(clubs.CreatedDuringYear), Count(clubs.Members), Count(clubs.MembersOfInvestingClubs), clubs.AverageMembersPerClub.ToString("0.0", french),
                Count(finance.Welcomed), Count(finance.Studied), Count(finance.Financed), Count(finance.Investments),
                (finance.AmountCents / 100m).ToString("0.00", french), Count(finance.EnterprisesFinanced), Count(finance.EnterprisesHeld)]).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
