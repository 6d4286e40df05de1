using Cigales.Clubs.Domain;
using Cigales.ServiceKit.Mail;

namespace Cigales.Clubs.Mail;

/// <summary>The mails a club's deadline sends, in French: to the club's officers and to the staff, one per person and notice.</summary>
public static class ClubDeadlineMails
{
    /// <param name="memberName">The member in arrears, as the directory names them (their id once erased).</param>
    public static IReadOnlyList<OutgoingMail> For(
        ClubDeadline deadline, string memberName, IEnumerable<Recipient> recipients, string webAppUrl, DateTimeOffset now)
    {
        var (subject, text) = deadline.Kind switch
        {
            ClubDeadlineKind.TermEnding => (
                $"Club {deadline.ClubName} : fin de l'indivision le {MailText.Date(deadline.Date)}",
                $"L'indivision du club {deadline.ClubName} prend fin le {MailText.Date(deadline.Date)}. Après cette date, le club ne peut plus engager de fonds dans un nouvel investissement : il la renouvelle, ou passe en gestion et liquidation."),
            ClubDeadlineKind.ManagerMandate => (
                $"Club {deadline.ClubName} : mandat du gérant à renouveler ({MailText.Date(deadline.Date)})",
                $"Le mandat du gérant du club {deadline.ClubName} prend fin le {MailText.Date(deadline.Date)} : le club le renouvelle ou élit un nouveau gérant."),
            _ => (
                $"Club {deadline.ClubName} : {memberName} a deux mois de versements en retard",
                $"Au {MailText.Date(deadline.Date)}, {memberName} doit {deadline.Arrears} au club {deadline.ClubName}, soit au moins {ClubDeadlines.ArrearsMonths} mois de versements promis."),
        };
        return [.. recipients.DistinctBy(person => person.Address, StringComparer.OrdinalIgnoreCase).Select(person => new OutgoingMail(
            OutgoingMail.IdFor(deadline.Key(), person.Address),
            new ServiceDefaults.Mail.Mail(person.Address, person.Name, subject, $"""
                Bonjour {person.Name},

                {text}{MailText.LinkTo(webAppUrl, $"/clubs/{deadline.ClubId}")}

                Ce message est envoyé une fois pour cette échéance.
                Cigales Hauts-de-France
                """),
            now))];
    }
}
