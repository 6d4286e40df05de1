using System.Threading.Channels;
using Cigales.ServiceDefaults.Mail;

namespace Cigales.Identity.Mail;

/// <summary>
/// Mails sent after the answer: a page that must answer alike whether or not it sends one (a
/// password reset) hands its mail here, so that the time it takes does not tell. A mail the
/// server refuses is logged; the person can ask again.
/// </summary>
public sealed class MailOutbox
{
    private readonly Channel<ServiceDefaults.Mail.Mail> _mails = Channel.CreateBounded<ServiceDefaults.Mail.Mail>(new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Post(ServiceDefaults.Mail.Mail mail) => _mails.Writer.TryWrite(mail);

    internal IAsyncEnumerable<ServiceDefaults.Mail.Mail> ReadAllAsync(CancellationToken cancellation) => _mails.Reader.ReadAllAsync(cancellation);
}

internal sealed class MailOutboxSender(MailOutbox outbox, MailSender sender, ILogger<MailOutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in outbox.ReadAllAsync(stoppingToken))
        {
            try
            {
                await sender.SendAsync(mail, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Mail '{Subject}' could not be sent", mail.Subject);
            }
        }
    }
}
