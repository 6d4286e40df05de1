using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cigales.ServiceDefaults.Mail;

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
public sealed class MailSender(IOptions<SmtpOptions> options, ILogger<MailSender> logger)
{
    /// <summary>Longer than this, a server is taken as gone: the caller fails and may try again.</summary>
    private const int TimeoutMilliseconds = 30_000;

    /// <param name="messageId">
    /// The mail's own Message-ID when the caller may send it again (an outbox): every copy then
    /// carries the same one, which mail clients and servers use to drop duplicates.
    /// </param>
    public async Task SendAsync(Mail mail, CancellationToken cancellation, string? messageId = null)
    {
        var smtp = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };
        if (messageId is not null)
        {
            message.MessageId = messageId;
        }

        using var client = new SmtpClient { Timeout = TimeoutMilliseconds };
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

public static class MailRegistration
{
    /// <summary>The SMTP server's settings (section <c>Smtp</c>) and the sender.</summary>
    public static IHostApplicationBuilder AddMailSender(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.Section));
        builder.Services.AddSingleton<MailSender>();
        return builder;
    }
}
