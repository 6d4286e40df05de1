using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Cigales.Identity.Mail;

/// <summary>The SMTP server mails go through (section <c>Smtp</c>): locally smtp4dev, an AppHost resource.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    /// <summary>None (local), StartTls or SslOnConnect (production).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.None;

    public string User { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string FromAddress { get; set; } = "ne-pas-repondre@cigales-hautsdefrance.example";

    public string FromName { get; set; } = "Cigales Hauts-de-France";
}

/// <summary>A mail to one person: plain text, in French.</summary>
public sealed record Mail(string To, string ToName, string Subject, string Body);

/// <summary>Sends mails through the configured SMTP server; a server that refuses makes the caller fail, never silently.</summary>
public sealed class MailSender(Microsoft.Extensions.Options.IOptions<SmtpOptions> options, ILogger<MailSender> logger)
{
    public async Task SendAsync(Mail mail, CancellationToken cancellation)
    {
        var smtp = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellation);
        if (smtp.User.Length > 0)
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password, cancellation);
        }

        await client.SendAsync(message, cancellation);
        await client.DisconnectAsync(quit: true, cancellation);
        logger.LogInformation("Mail '{Subject}' sent", mail.Subject);
    }
}
