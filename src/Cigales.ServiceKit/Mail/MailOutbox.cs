using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Cigales.ServiceDefaults.Mail;
using JasperFx;
using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cigales.ServiceKit.Mail;

/// <summary>
/// A mail to send, recorded in the service's store in the same transaction as the fact it tells
/// (a notification raised): the fact is never recorded without its mails, nor its mails twice.
/// Its id says what it is about and to whom (<c>notification id|address</c>), so that one
/// person gets one mail per notification however many times it is raised.
/// </summary>
/// <param name="SentAt">When the SMTP server accepted it; null while it waits.</param>
public sealed record OutgoingMail(string Id, ServiceDefaults.Mail.Mail Mail, DateTimeOffset RecordedAt, DateTimeOffset? SentAt = null)
{
    public static string IdFor(string about, string address) => $"{about}|{address.Trim().ToLowerInvariant()}";

    /// <summary>The same for every copy: a copy sent again after a crash is recognised as the same mail.</summary>
    public string MessageId() => $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Id)))[..32]}@cigales";
}

/// <summary>
/// One try at sending a mail, claimed before the SMTP server is asked: its id is the mail's and the
/// try's number, so that of two senders (two silos, a retry) one only inserts it and sends.
/// </summary>
public sealed record MailAttempt(string Id, string MailId, int Number, DateTimeOffset StartedAt);

/// <summary>How the outbox is delivered (section <c>Mail</c>).</summary>
public sealed class MailOutboxOptions
{
    public const string Section = "Mail";

    /// <summary>How often pending mails are looked for.</summary>
    public TimeSpan DeliverEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a try is left to its sender before another may try again: longer than the SMTP
    /// client's time-out, so that a try still running is never doubled.
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many tries a mail is left unsent (and logged as such): its address is refused.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The web app's address, for the links in mails (<c>http://localhost:8082</c>); empty: mails carry no link.</summary>
    public string WebAppUrl { get; set; } = string.Empty;
}

/// <summary>How mails write what they tell, in French.</summary>
public static class MailText
{
    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"2 juin 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", French);

    /// <summary>The paragraph that links the web app's page, or nothing when its address is not known.</summary>
    public static string LinkTo(string webAppUrl, string page) =>
        webAppUrl.Length == 0 ? string.Empty : $"\n\nDans l'application : {webAppUrl.TrimEnd('/')}{page}";
}

/// <summary>
/// The outbox of a service's mails, in its Marten store. <b>Guarantee</b>: every recorded mail is
/// handed to the SMTP server until the server accepts it (none lost: a failed or interrupted try is
/// tried again), and by one sender at a time (a try is claimed in the store first). A mail is sent
/// twice only if its sender dies between the server's acceptance and the record of it — a few
/// milliseconds; the copy carries the same Message-ID, by which mail clients drop it.
/// </summary>
public sealed class MailOutbox(IDocumentStore store, MailSender sender, TimeProvider clock, IOptions<MailOutboxOptions> options, ILogger<MailOutbox> logger)
{
    private static readonly ConditionalWeakTable<StoreOptions, object> Configured = [];

    /// <summary>
    /// The outbox's documents in a service's store (its <c>Configure</c> calls this). A host of
    /// several services (the test silos) builds one store from each service's configuration: the
    /// outbox is configured once, or Marten would create its index twice.
    /// </summary>
    public static void Configure(StoreOptions options)
    {
        if (!Configured.TryAdd(options, new object()))
        {
            return;
        }

        options.Schema.For<OutgoingMail>();
        options.Schema.For<MailAttempt>().Index(attempt => attempt.MailId);
    }

    /// <summary>
    /// Stores a notice and its mails in a transaction of their own, so that the same notice raised
    /// meanwhile by another scan (two silos after a failover) costs only itself, not the rest of the
    /// scan — and its mails are not recorded twice; false when the notice exists.
    /// </summary>
    public static async Task<bool> RecordOnceAsync<TNotice>(IDocumentStore store, TNotice notice, IEnumerable<OutgoingMail> mails)
        where TNotice : notnull
    {
        await using var session = store.LightweightSession();
        session.Insert(notice);
        foreach (var mail in mails.DistinctBy(mail => mail.Id))
        {
            session.Insert(mail);
        }

        try
        {
            await session.SaveChangesAsync();
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    /// <summary>Sends every mail that waits and is not being tried by another sender; answers how many were sent.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellation)
    {
        var settings = options.Value;
        IReadOnlyList<OutgoingMail> pending;
        ILookup<string, MailAttempt> attempts;
        await using (var query = store.QuerySession())
        {
            pending = await query.Query<OutgoingMail>().Where(mail => mail.SentAt == null).OrderBy(mail => mail.RecordedAt).Take(500).ToListAsync(cancellation);
            var ids = pending.Select(mail => mail.Id).ToArray();
            attempts = (await query.Query<MailAttempt>().Where(attempt => attempt.MailId.IsOneOf(ids)).ToListAsync(cancellation)).ToLookup(attempt => attempt.MailId);
        }

        var sent = 0;
        foreach (var mail in pending)
        {
            var tries = attempts[mail.Id].ToList();
            var now = clock.GetUtcNow();
            if (tries.Count >= settings.MaxAttempts || tries.Any(attempt => attempt.StartedAt > now - settings.RetryAfter))
            {
                continue;
            }

            if (await ClaimAsync(new MailAttempt($"{mail.Id}#{tries.Count + 1}", mail.Id, tries.Count + 1, now), cancellation) && await SendAsync(mail, tries.Count + 1, cancellation))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> ClaimAsync(MailAttempt attempt, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        session.Insert(attempt);
        try
        {
            await session.SaveChangesAsync(cancellation);
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    private async Task<bool> SendAsync(OutgoingMail mail, int attempt, CancellationToken cancellation)
    {
        try
        {
            await sender.SendAsync(mail.Mail, cancellation, mail.MessageId());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var level = attempt >= options.Value.MaxAttempts ? LogLevel.Error : LogLevel.Warning;
            logger.Log(level, exception, "Mail {MailId} not sent (try {Attempt} of {MaxAttempts})", mail.Id, attempt, options.Value.MaxAttempts);
            return false;
        }

        await using var session = store.LightweightSession();
        session.Store(mail with { SentAt = clock.GetUtcNow() });
        await session.SaveChangesAsync(cancellation);
        return true;
    }
}
