using System.Diagnostics;
using Cigales.Security;
using Grpc.Core;

namespace Cigales.ServiceKit.Access;

/// <summary>
/// The caller of the request being served, carried in Orleans' request context: it flows from the
/// gRPC method into every grain call the request makes, so that the grain that stores a change
/// knows who asked for it, whichever silo it runs on.
/// </summary>
public static class CallerContext
{
    private const string SubjectKey = "cigales.subject";
    private const string ClientKey = "cigales.client";
    private const string NameKey = "cigales.name";
    private const string MembershipsKey = "cigales.memberships";
    private const string TraceKey = "cigales.trace";

    public static void Set(Caller caller)
    {
        RequestContext.Set(SubjectKey, caller.Subject);
        RequestContext.Set(ClientKey, caller.Client);
        RequestContext.Set(NameKey, caller.Name);
        RequestContext.Set(MembershipsKey, caller.MembershipsText);
        RequestContext.Set(TraceKey, Activity.Current?.TraceId.ToString() ?? string.Empty);
    }

    /// <summary>The caller, or <see cref="Caller.System"/> when no request is being served (a reminder, a timer).</summary>
    public static Caller Current =>
        RequestContext.Get(SubjectKey) is string subject
            ? new Caller(subject, Text(NameKey), Text(ClientKey), Caller.ParseMemberships([Text(MembershipsKey)]))
            : Caller.System;

    /// <summary>The trace the request runs in, when it came with one.</summary>
    public static string TraceId => RequestContext.Get(TraceKey) as string ?? Activity.Current?.TraceId.ToString() ?? string.Empty;

    /// <summary>The caller of a gRPC (or transcoded JSON) call, from its validated token.</summary>
    public static Caller CallerOf(this ServerCallContext context) => Caller.From(context.GetHttpContext().User);

    private static string Text(string key) => RequestContext.Get(key) as string ?? string.Empty;
}
