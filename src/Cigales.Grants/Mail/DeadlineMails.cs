using Cigales.Grants.Domain;
using Cigales.ServiceKit.Mail;

namespace Cigales.Grants.Mail;

/// <summary>
/// The mails a deadline notice sends, in French: to the staff, and to the officers of the
/// convention's funder — its own conventions only. One per person and notice.
/// </summary>
public static class DeadlineMails
{
    public static IReadOnlyList<OutgoingMail> For(
        string noticeId, DeadlineNotice notice, string beneficiary, IEnumerable<Recipient> recipients, string webAppUrl, DateTimeOffset now)
    {
        var subject = $"Convention {notice.FileNumber} : {What(notice.Kind)} {State(notice.State)} (échéance du {MailText.Date(notice.Date)})";
        return [.. recipients.DistinctBy(person => person.Address, StringComparer.OrdinalIgnoreCase).Select(person => new OutgoingMail(
            OutgoingMail.IdFor(noticeId, person.Address),
            new ServiceDefaults.Mail.Mail(person.Address, person.Name, subject, $"""
                Bonjour {person.Name},

                Convention {notice.FileNumber} ({beneficiary}) : {What(notice.Kind)} {State(notice.State)}.
                Échéance : {MailText.Date(notice.Date)}.
                {Detail(notice)}{MailText.LinkTo(webAppUrl, $"/conventions/{notice.ConventionId}")}

                Ce message est envoyé une fois pour cette échéance et cet état.
                Cigales Hauts-de-France
                """),
            now))];
    }

    private static string What(string kind) => kind switch
    {
        nameof(ObligationKind.FinalReport) => "bilan final",
        nameof(ObligationKind.ExtensionWindow) => "fin du délai de demande de prorogation",
        nameof(ObligationKind.Clawback) => "dernier jour avant reversement",
        nameof(ObligationKind.Payment) => "versement",
        _ => kind,
    };

    private static string State(string state) => state switch
    {
        nameof(ObligationState.Upcoming) => "à venir",
        nameof(ObligationState.Due) => "à échéance aujourd'hui",
        nameof(ObligationState.Late) => "en retard",
        _ => state,
    };

    private static string Detail(DeadlineNotice notice) => notice.Kind switch
    {
        nameof(ObligationKind.FinalReport) => "Le bilan final (activité et financier) est à remettre au financeur.",
        nameof(ObligationKind.ExtensionWindow) => "Une demande de prorogation n'est plus recevable après cette date.",
        nameof(ObligationKind.Clawback) => "Sans bilan final d'ici là, le reversement de tout ce qui a été versé peut être demandé.",
        nameof(ObligationKind.Payment) => "Une tranche de la subvention est attendue.",
        _ => notice.What,
    };
}
