using Cigales.Security;
using JasperFx.Events;
using Marten;

namespace Cigales.ServiceKit.History;

/// <summary>Who made a change, written in the headers of every event it stored and read back from them.</summary>
public static class ChangeAuthors
{
    private const string SubjectHeader = "subject";
    private const string ClientHeader = "client";
    private const string NameHeader = "name";
    private const string MembershipsHeader = "memberships";

    // Events stored before people had accounts name one role and its tenant instead.
    private const string RoleHeader = "role";
    private const string TenantHeader = "tenant";

    /// <summary>Every event the session stores will carry the caller and the trace.</summary>
    public static void Sign(IDocumentSession session, Caller caller, string traceId)
    {
        session.SetHeader(SubjectHeader, caller.Subject);
        session.SetHeader(ClientHeader, caller.Client);
        session.SetHeader(NameHeader, caller.Name);
        session.SetHeader(MembershipsHeader, caller.MembershipsText);
        if (traceId.Length > 0)
        {
            session.CorrelationId = traceId;
        }
    }

    /// <summary>The caller an event was stored for; empty parts for events stored before changes were signed.</summary>
    public static Caller Of(IEvent stored) => new(
        Header(stored, SubjectHeader),
        Header(stored, NameHeader),
        Header(stored, ClientHeader),
        Header(stored, MembershipsHeader) is { Length: > 0 } memberships
            ? Caller.ParseMemberships([memberships])
            : Caller.ParseMemberships([$"{Header(stored, RoleHeader)}:{Header(stored, TenantHeader)}"]));

    // Read back from the database, a header's value is a JSON element; its text is the value.
    private static string Header(IEvent stored, string name) =>
        stored.Headers?.TryGetValue(name, out var value) == true ? value?.ToString() ?? string.Empty : string.Empty;
}
