using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>
/// A row of the French open-data format for grants, SCDL <c>subventions</c> v2.1.1: exactly these
/// 16 columns, in this order (DOMAIN.md, "Identifiers and public data formats"); missing values
/// are empty strings.
/// </summary>
public sealed partial record ScdlRow(
    string NomAttribuant,
    string IdAttribuant,
    string DateConvention,
    string ReferenceDecision,
    string NomBeneficiaire,
    string IdBeneficiaire,
    string RnaBeneficiaire,
    string Objet,
    string Montant,
    string Nature,
    string ConditionsVersement,
    string DatesPeriodeVersement,
    string IdRae,
    string NotificationUe,
    string PourcentageSubvention,
    string DispositifAide)
{
    public static readonly string[] Columns =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire",
        "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE",
        "notificationUE", "pourcentageSubvention", "dispositifAide",
    ];

    public string[] Values =>
    [
        NomAttribuant, IdAttribuant, DateConvention, ReferenceDecision, NomBeneficiaire, IdBeneficiaire, RnaBeneficiaire,
        Objet, Montant, Nature, ConditionsVersement, DatesPeriodeVersement, IdRae, NotificationUe, PourcentageSubvention, DispositifAide,
    ];

    /// <summary>The schema's rules the row breaks, by column; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Require(bool ok, string column, string rule)
        {
            if (!ok)
            {
                problems.Add($"{column}: {rule}");
            }
        }

        Require(NomAttribuant.Length > 0, "nomAttribuant", "required");
        Require(Siret.IsValid(IdAttribuant), "idAttribuant", "a SIRET");
        Require(CalendarDate.TryParse(DateConvention, out _), "dateConvention", "a date YYYY-MM-DD");
        Require(NomBeneficiaire.Length > 0, "nomBeneficiaire", "required");
        Require(IdBeneficiaire.Length > 0 || RnaBeneficiaire.Length > 0, "idBeneficiaire", "idBeneficiaire or rnaBeneficiaire required");
        Require(IdBeneficiaire.Length == 0 || Siret.IsValid(IdBeneficiaire), "idBeneficiaire", "a SIRET");
        Require(RnaBeneficiaire.Length == 0 || Rna.IsValid(RnaBeneficiaire), "rnaBeneficiaire", "W followed by 9 digits");
        Require(Objet.Length is > 0 and < 256, "objet", "required, under 256 characters");
        Require(AmountPattern().IsMatch(Montant), "montant", "euros with '.' as decimal separator");
        Require(Nature is "aide en numéraire" or "aide en nature" or "aide en numéraire;aide en nature", "nature", "aide en numéraire, aide en nature, or both");
        Require(ConditionsVersement.Length is > 0 and < 256, "conditionsVersement", "unique, échelonné or another text under 256 characters");
        Require(PeriodPattern().IsMatch(DatesPeriodeVersement), "datesPeriodeVersement", "a date, or date/date");
        Require(IdRae.Length <= 5, "idRAE", "at most 5 characters");
        Require(NotificationUe is "oui" or "non", "notificationUE", "oui or non");
        Require(decimal.TryParse(PourcentageSubvention, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) && share is >= 0.01m and <= 1m,
            "pourcentageSubvention", "from 0.01 to 1");
        return problems;
    }

    [GeneratedRegex("^[0-9]+(\\.[0-9]{1,2})?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}(/[0-9]{4}-[0-9]{2}-[0-9]{2})?$")]
    private static partial Regex PeriodPattern();
}

/// <summary>The conventions a funder signed in a year, as SCDL <c>subventions</c> rows and CSV.</summary>
public static class ScdlExport
{
    public static IReadOnlyList<ScdlRow> Rows(
        IEnumerable<ConventionSnapshot> conventions, IReadOnlyDictionary<string, OrganisationSnapshot> organisations, string funderId, int year, IReadOnlyDictionary<string, string> budgetLabels) =>
        conventions
            .Where(convention => convention.Terms.Funder.OrganisationId == funderId && convention.SignedOn is { } signed && signed.Year == year)
            .OrderBy(convention => convention.SignedOn)
            .ThenBy(convention => convention.Terms.FileNumber, StringComparer.Ordinal)
            .SelectMany(convention => Rows(convention, organisations, budgetLabels))
            .ToList();

    public static string ToCsv(IEnumerable<ScdlRow> rows)
    {
        var csv = new StringBuilder(CsvCell.Row(',', ScdlRow.Columns.Select(CsvCell.Text)));
        foreach (var row in rows)
        {
            // Every value is text: the schema's numbers (montant, pourcentageSubvention) are never
            // negative, so neutralisation leaves them as they are.
            csv.Append(CsvCell.Row(',', row.Values.Select(CsvCell.Text)));
        }

        return csv.ToString();
    }

    /// <summary>
    /// One row per beneficiary of the decision: <c>montant</c> is the grant before it is split (the
    /// schema's "montant total … avant répartition"), <c>pourcentageSubvention</c> the beneficiary's
    /// part of it (1 for a sole beneficiary).
    /// </summary>
    private static IEnumerable<ScdlRow> Rows(ConventionSnapshot convention, IReadOnlyDictionary<string, OrganisationSnapshot> organisations, IReadOnlyDictionary<string, string> budgetLabels)
    {
        var terms = convention.Terms;
        var funder = organisations[terms.Funder.OrganisationId].Details;
        var payments = convention.Payments.Select(payment => payment.On).Order().ToList();
        var paymentDates = payments.Count switch
        {
            0 => CalendarDate.ToIso(convention.SignedOn!.Value),
            1 => CalendarDate.ToIso(payments[0]),
            _ => $"{CalendarDate.ToIso(payments[0])}/{CalendarDate.ToIso(payments[^1])}",
        };
        return terms.SharesOfTheDecision().Select(share => (Beneficiary: organisations[share.OrganisationId].Details, share.Share)).Select(share => new ScdlRow(
            funder.Name,
            funder.Siret,
            CalendarDate.ToIso(convention.SignedOn!.Value),
            convention.Deliberation?.Number ?? string.Empty,
            share.Beneficiary.Name,
            share.Beneficiary.Siret,
            share.Beneficiary.Rna,
            terms.Object,
            (terms.Grant.Cents / 100m).ToString("0.00", CultureInfo.InvariantCulture),
            "aide en numéraire",
            terms.Schedule.Count == 1 ? "unique" : "échelonné",
            paymentDates,
            string.Empty,
            "non",
            share.Share.ToString("0.####", CultureInfo.InvariantCulture),
            budgetLabels.GetValueOrDefault(terms.BudgetLineId, string.Empty)));
    }
}
