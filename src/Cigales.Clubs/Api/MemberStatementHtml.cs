using System.Net;
using System.Text;
using Cigales.Clubs.Domain;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Api;

/// <summary>A member's yearly statement as a printable page (in French, as the members read it).</summary>
public static class MemberStatementHtml
{
    public static string Write(MemberStatement statement, string fullName)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var asOf = CalendarDate.ToIso(statement.AsOf);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<title>Relevé annuel {statement.Year} — {E(fullName)} — {E(statement.Club.Name)}</title>\n")
            .Append("<style>body{font-family:sans-serif;font-size:11pt;margin:2em}h1{font-size:16pt}h2{font-size:13pt;margin-top:1.5em}")
            .Append("table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #444;padding:3px 6px}td.n{text-align:right;white-space:nowrap}")
            .Append("tr.total td{font-weight:bold}@media print{body{margin:0}}</style>\n</head>\n<body>\n")
            .Append($"<h1>Relevé annuel {statement.Year}</h1>\n<table>\n")
            .Append($"<tr><th>Club</th><td>{E(statement.Club.Name)}</td></tr>\n")
            .Append($"<tr><th>Membre</th><td>{E(fullName)} ({E(statement.MemberId)})</td></tr>\n")
            .Append($"<tr><th>Situation au</th><td>{asOf}</td></tr>\n</table>\n");

        html.Append("<h2>1. Versements de l'année</h2>\n<table>\n<tr><th>Mois</th><th>Versé le</th><th>Montant</th></tr>\n");
        foreach (var contribution in statement.Contributions)
        {
            html.Append($"<tr><td>{contribution.Month}</td><td>{CalendarDate.ToIso(contribution.PaidOn)}</td><td class=\"n\">{contribution.Amount}</td></tr>\n");
        }

        html.Append($"<tr class=\"total\"><td colspan=\"2\">Total de l'année</td><td class=\"n\">{statement.ContributedInYear}</td></tr>\n</table>\n")
            .Append($"<h2>2. Part des avoirs du club au {asOf}</h2>\n")
            .Append($"<p>Versements depuis l'adhésion : {statement.ContributedToDate}. Part du membre dans les versements du club : {statement.Fraction * 100m:0.##} %.</p>\n")
            .Append("<table>\n<tr><th>Avoirs</th><th>Part du membre</th></tr>\n")
            .Append($"<tr><td>Disponible</td><td class=\"n\">{statement.Cash}</td></tr>\n")
            .Append($"<tr><td>Engagé pour des investissements</td><td class=\"n\">{statement.Committed}</td></tr>\n")
            .Append($"<tr><td>Participations détenues (au coût)</td><td class=\"n\">{statement.Stakes}</td></tr>\n")
            .Append($"<tr class=\"total\"><td>Part de l'épargne du club ({statement.ClubSavings})</td><td class=\"n\">{statement.Savings}</td></tr>\n</table>\n");
        if (statement.Settlement is { } settled)
        {
            html.Append($"<h2>3. Départ</h2>\n<p>{E(MemberStatementText.Settlement(settled, french: true))} le {CalendarDate.ToIso(settled.On)} : dû au membre {settled.Owed}.</p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }
}

/// <summary>The words both forms of the statement share.</summary>
internal static class MemberStatementText
{
    public static string Settlement(SettlementView settled, bool french)
    {
        var value = (settled.Value, french) switch
        {
            (ShareValue.Contributions, true) => "à la valeur des versements",
            (ShareValue.Contributions, false) => "at the value of the contributions",
            (_, true) => "au prorata de l'épargne du club",
            _ => "pro rata of the club's savings",
        };
        return (settled.Kind, french) switch
        {
            (SettlementKind.BoughtByNewcomer, true) => $"Part rachetée par {settled.BuyerId}, {value}",
            (SettlementKind.BoughtByNewcomer, false) => $"Share bought by {settled.BuyerId}, {value}",
            (_, true) => $"Part rachetée par les autres membres, {value}",
            _ => $"Share bought by the other members, {value}",
        };
    }
}
