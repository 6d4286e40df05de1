using System.Globalization;
using System.Text;
using Cigales.Clubs.Domain;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Api;

/// <summary>
/// A member's yearly statement as CSV that a spreadsheet opens as it is, like the final report's
/// (UTF-8 with a byte order mark, ";" between fields, French headings and decimal commas for the
/// French locale, text cells neutralised by <see cref="CsvCell"/>): one table with a section column.
/// </summary>
public static class MemberStatementCsv
{
    public static byte[] Write(MemberStatement statement, string fullName, bool french)
    {
        var culture = french ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture;
        string T(string fr, string en) => french ? fr : en;
        CsvCell Amount(Money amount) => CsvCell.Number(amount.Cents / 100m, "0.00", culture);

        var csv = new StringBuilder();
        void Row(params CsvCell[] cells) => csv.Append(CsvCell.Row(';', cells));

        Row(T("Section", "Section"), T("Ligne", "Line"), T("Date", "Date"), T("Montant", "Amount"));
        Row(T("Relevé", "Statement"), $"{statement.Club.Name} — {fullName} ({statement.MemberId})", CalendarDate.ToIso(statement.AsOf), CsvCell.Number(statement.Year, "0", culture));
        foreach (var contribution in statement.Contributions)
        {
            Row(T("Versements de l'année", "Contributions of the year"), $"{T("Mois", "Month")} {contribution.Month}", CalendarDate.ToIso(contribution.PaidOn), Amount(contribution.Amount));
        }

        Row(T("Versements de l'année", "Contributions of the year"), T("Total", "Total"), string.Empty, Amount(statement.ContributedInYear));
        Row(T("Épargne", "Savings"), T("Versements depuis l'adhésion", "Contributed since joining"), CalendarDate.ToIso(statement.AsOf), Amount(statement.ContributedToDate));
        Row(T("Épargne", "Savings"), T("Part du membre (%)", "Member's part (%)"), CalendarDate.ToIso(statement.AsOf), CsvCell.Number(statement.Fraction * 100m, "0.##", culture));
        Row(T("Avoirs du club", "Club's holdings"), T("Épargne du club", "Club's savings"), CalendarDate.ToIso(statement.AsOf), Amount(statement.ClubSavings));
        Row(T("Part du membre", "Member's share"), T("Disponible", "Available funds"), CalendarDate.ToIso(statement.AsOf), Amount(statement.Cash));
        Row(T("Part du membre", "Member's share"), T("Engagé", "Committed"), CalendarDate.ToIso(statement.AsOf), Amount(statement.Committed));
        Row(T("Part du membre", "Member's share"), T("Participations détenues", "Stakes held"), CalendarDate.ToIso(statement.AsOf), Amount(statement.Stakes));
        Row(T("Part du membre", "Member's share"), T("Part de l'épargne du club", "Share of the club's savings"), CalendarDate.ToIso(statement.AsOf), Amount(statement.Savings));
        if (statement.Settlement is { } settled)
        {
            Row(T("Départ", "Departure"), MemberStatementText.Settlement(settled, french), CalendarDate.ToIso(settled.On), Amount(settled.Owed));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
