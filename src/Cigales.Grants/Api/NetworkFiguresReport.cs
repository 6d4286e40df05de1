using System.Globalization;
using System.Text;
using Cigales.GrainInterfaces.Reports;
using Cigales.SharedKernel;

namespace Cigales.Grants.Api;

/// <summary>A year's figures for the region or a department: the clubs' (Clubs service) with the pipeline's and the investments' (Finance).</summary>
public sealed record AreaFigures(string Department, ClubsYear Clubs, FinancePeriod Finance);

/// <summary>The network's yearly figures, for the region and each of its departments.</summary>
public static class NetworkFiguresReport
{
    /// <summary>The departments of Hauts-de-France: Aisne, Nord, Oise, Pas-de-Calais, Somme.</summary>
    public static readonly IReadOnlyList<string> Departments = ["02", "59", "60", "62", "80"];

    /// <summary>As CSV for a spreadsheet: UTF-8 with a BOM, ";" between fields, French headings and decimal commas, text neutralised (<see cref="CsvCell"/>).</summary>
    public static byte[] Csv(int year, AreaFigures region, IEnumerable<AreaFigures> departments)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var csv = new StringBuilder(CsvCell.Row(';', [
            "Territoire", "Au", "Clubs en constitution", "Clubs d'investisseurs", "actifs dans l'année", "Clubs de gestion", "actifs dans l'année",
            "Clubs créés", "Membres", "Membres des clubs d'investisseurs", "Membres par club", "Porteurs accueillis", "Porteurs étudiés",
            "Porteurs financés", "Investissements", "Montant investi", "Entreprises financées", "Entreprises en portefeuille"]));
        foreach (var area in departments.Prepend(region))
        {
            var (clubs, finance) = (area.Clubs, area.Finance);
            csv.Append(CsvCell.Row(';', [
                area.Department.Length == 0 ? $"Région {year}" : area.Department, clubs.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Count(clubs.Forming), Count(clubs.Investing), Count(clubs.InvestingDuringYear), Count(clubs.Managing), Count(clubs.ManagingDuringYear),
                Count(clubs.CreatedDuringYear), Count(clubs.Members), Count(clubs.MembersOfInvestingClubs), CsvCell.Number(clubs.AverageMembersPerClub, "0.0", french),
                Count(finance.Welcomed), Count(finance.Studied), Count(finance.Financed), Count(finance.Investments),
                CsvCell.Number(finance.Amount.Cents / 100m, "0.00", french), Count(finance.EnterprisesFinanced), Count(finance.EnterprisesHeld)]));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static CsvCell Count(int value) => CsvCell.Number(value, "0", CultureInfo.InvariantCulture);
}
