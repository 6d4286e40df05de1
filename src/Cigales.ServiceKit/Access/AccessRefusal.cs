using Cigales.Security;
using Marten;
using Microsoft.Extensions.Logging;

namespace Cigales.ServiceKit.Access;

/// <summary>
/// A refused attempt to reach an object of another tenant, kept in the service's database beside
/// the object's history, which shows it to staff.
/// </summary>
public sealed class AccessRefusal
{
    public Guid Id { get; set; }

    /// <summary>The object asked for (a club's, a convention's, a project's id).</summary>
    public string ObjectId { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string Client { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string Tenant { get; set; } = string.Empty;

    /// <summary>The gRPC method called, as the contract names it.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>The rule that refused it and the status the caller got.</summary>
    public string Rule { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string TraceId { get; set; } = string.Empty;
}

/// <summary>Records refused attempts. A refusal is answered even when it cannot be recorded: the store being down must not open the door.</summary>
public sealed class AccessAudit(IDocumentStore store, TimeProvider clock, ILogger<AccessAudit> logger)
{
    public async Task RecordAsync(Caller caller, ContractMethod method, ObjectRefusal refusal, CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Refused {Role} {Subject} (tenant {Tenant}) calling {Method} on {ObjectId}: {Rule}",
            caller.Role, caller.Subject, caller.Tenant, method.GrpcPath, refusal.ObjectId, refusal.Refusal.Rule);
        try
        {
            await using var session = store.LightweightSession();
            session.Store(new AccessRefusal
            {
                Id = Guid.CreateVersion7(),
                ObjectId = refusal.ObjectId,
                At = clock.GetUtcNow(),
                Subject = caller.Subject,
                Client = caller.Client,
                Role = caller.Role,
                Tenant = caller.Tenant,
                Method = method.GrpcPath,
                Rule = refusal.Refusal.Rule,
                Status = refusal.Refusal.Kind.ToString(),
                TraceId = CallerContext.TraceId,
            });
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not record the refused access of {Subject} to {ObjectId}", caller.Subject, refusal.ObjectId);
        }
    }
}
