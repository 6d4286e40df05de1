using Cigales.ServiceDefaults.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cigales.ServiceKit.Mail;

/// <summary>Delivers the outbox every <see cref="MailOutboxOptions.DeliverEvery"/>, in every instance of the service (tries are claimed, never doubled).</summary>
internal sealed class MailDelivery(MailOutbox outbox, IOptions<MailOutboxOptions> options, TimeProvider clock, ILogger<MailDelivery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeliverEvery, clock);
        do
        {
            try
            {
                await outbox.DeliverPendingAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The store out of reach: the mails wait in it for the next round.
                logger.LogWarning(exception, "The outbox could not be delivered this round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class MailOutboxRegistration
{
    /// <summary>
    /// A service that sends mail: the SMTP server (<c>Smtp</c>), the outbox in its store and its
    /// delivery (<c>Mail</c>), and where the people's addresses come from (<c>Mail:Directory</c>).
    /// Its store's configuration calls <see cref="MailOutbox.Configure"/>.
    /// </summary>
    public static IHostApplicationBuilder AddMailOutbox(this IHostApplicationBuilder builder)
    {
        builder.AddMailSender();
        builder.Services.Configure<MailOutboxOptions>(builder.Configuration.GetSection(MailOutboxOptions.Section));
        builder.Services.AddSingleton<MailOutbox>();
        builder.Services.AddHostedService<MailDelivery>();
        builder.Services.Configure<PeopleToNotifyOptions>(builder.Configuration.GetSection(PeopleToNotifyOptions.Section));
        // The identity service by service discovery (services:identity:http:0).
        builder.Services.AddHttpClient<IPeopleToNotify, PeopleFromAccounts>(http => http.BaseAddress = new Uri("http://identity"));
        return builder;
    }
}
