using Cigales.Security;
using JasperFx.Events;
using Marten;

namespace Cigales.ServiceKit.History;

/// <summary>Who made a change, written in the headers of every event it stored and read back from them.</summary>
public static class ChangeAuthors
{
    private const string SubjectHeader = "subject";
    private const string ClientHeader = "client";
    private const string RoleHeader = "role";
    private const string TenantHeader = "tenant";

    /// <summary>Every event the session stores will carry the caller and the trace.</summary>
    public static void Sign(IDocumentSession session, Caller caller, string traceId)
    {
        session.SetHeader(SubjectHeader, caller.Subject);
        session.SetHeader(ClientHeader, caller.Client);
        session.SetHeader(RoleHeader, caller.Role);
        session.SetHeader(TenantHeader, caller.Tenant);
        if (traceId.Length > 0)
        {
            session.CorrelationId = traceId;
        }
    }

    /// <summary>The caller an event was stored for; empty parts for events stored before changes were signed.</summary>
    public static Caller Of(IEvent stored) =>
        new(Header(stored, SubjectHeader), Header(stored, ClientHeader), Header(stored, RoleHeader), Header(stored, TenantHeader));

    // Read back from the database, a header's value is a JSON element; its text is the value.
    private static string Header(IEvent stored, string name) =>
        stored.Headers?.TryGetValue(name, out var value) == true ? value?.ToString() ?? string.Empty : string.Empty;
}
