using System.Security.Cryptography;
using System.Text;
using Cigales.Security;
using JasperFx;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.Logging;

namespace Cigales.ServiceKit.Access;

/// <summary>
/// A refused attempt to reach an object of another tenant, kept in the service's database beside
/// the object's history, which shows it to staff. One record per caller, object, method and rule
/// in a minute, counting the attempts: a caller retrying in a loop adds a count, not a row.
/// </summary>
public sealed class AccessRefusal
{
    /// <summary>The longest text kept of any part of a record: the parts come from tokens and requests.</summary>
    public const int MaxText = 200;

    public Guid Id { get; set; }

    /// <summary>The object asked for (a club's, a convention's, a project's id), as validated by the contract.</summary>
    public string ObjectId { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    /// <summary>Orders an object's history in the database, beside its events (<see cref="History.ObjectHistory"/>).</summary>
    public string SortKey { get; set; } = string.Empty;

    /// <summary>How many times the caller was refused the same way within the minute.</summary>
    public int Attempts { get; set; } = 1;

    public string Subject { get; set; } = string.Empty;

    public string Client { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>The caller's memberships, as <see cref="Security.Caller.MembershipsText"/> writes them.</summary>
    public string Memberships { get; set; } = string.Empty;

    /// <summary>The one role of a record written before people had accounts; empty since.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>What that role acted for, in a record written before people had accounts.</summary>
    public string Tenant { get; set; } = string.Empty;

    /// <summary>The gRPC method called, as the contract names it.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>The rule that refused it and the status the caller got.</summary>
    public string Rule { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string TraceId { get; set; } = string.Empty;

    /// <summary>Who was refused, as recorded.</summary>
    public Caller Caller() => new(
        Subject, Name, Client, Security.Caller.ParseMemberships([Memberships.Length > 0 ? Memberships : $"{Role}:{Tenant}"]));

    /// <summary>Records who was refused, each part capped as every text of the record.</summary>
    public AccessRefusal CalledBy(Caller caller)
    {
        (Subject, Name, Client, Memberships) = (Capped(caller.Subject), Capped(caller.Name), Capped(caller.Client), Capped(caller.MembershipsText));
        return this;
    }

    internal static string Capped(string text) => text.Length <= MaxText ? text : text[..MaxText];

    /// <summary>The record of the attempts of one caller on one object, by one method and rule, in the minute of <paramref name="at"/>.</summary>
    public static Guid IdOf(string objectId, Caller caller, string method, string rule, DateTimeOffset at)
    {
        var minute = at.UtcTicks / TimeSpan.TicksPerMinute;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{objectId}\n{caller.Subject}\n{caller.Client}\n{method}\n{rule}\n{minute}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}

/// <summary>Records refused attempts. A refusal is answered even when it cannot be recorded: the store being down must not open the door.</summary>
public sealed class AccessAudit(IDocumentStore store, TimeProvider clock, ILogger<AccessAudit> logger)
{
    public async Task RecordAsync(Caller caller, ContractMethod method, ObjectRefusal refusal, CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Refused {Caller} calling {Method} on {ObjectId}: {Rule}", caller, method.GrpcPath, refusal.ObjectId, refusal.Refusal.Rule);
        var at = clock.GetUtcNow();
        var id = AccessRefusal.IdOf(refusal.ObjectId, caller, method.GrpcPath, refusal.Refusal.Rule, at);
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(new AccessRefusal
            {
                Id = id,
                ObjectId = AccessRefusal.Capped(refusal.ObjectId),
                At = at,
                SortKey = History.ObjectHistory.SortKey(at, 0, id),
                Method = AccessRefusal.Capped(method.GrpcPath),
                Rule = AccessRefusal.Capped(refusal.Refusal.Rule),
                Status = refusal.Refusal.Kind.ToString(),
                TraceId = AccessRefusal.Capped(CallerContext.TraceId),
            }.CalledBy(caller));
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (DocumentAlreadyExistsException)
        {
            await CountAgainAsync(id, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not record the refused access of {Caller} to {ObjectId}", caller, refusal.ObjectId);
        }
    }

    private async Task CountAgainAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = store.LightweightSession();
            session.Patch<AccessRefusal>(id).Increment(record => record.Attempts);
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not count a repeated refused access ({RefusalId})", id);
        }
    }
}
