using Cigales.Gateway.Routing;
using Cigales.Security;

namespace Cigales.Gateway.Access;

/// <summary>
/// In the proxy's pipeline, once the token is known valid: the method called (by its gRPC path, or
/// by the JSON request's verb and path, both from the contract) must be one the caller's role may
/// call, and the token must grant its scope. Refused here, the call never reaches the service,
/// which checks again, and checks the object asked for too.
/// </summary>
public static class AccessCheck
{
    private const int PermissionDenied = 7;

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var route = context.GetReverseProxyFeature().Route.Config;
        if (route.Metadata?.GetValueOrDefault(GatewayRoutes.ServiceMetadataKey) is { } service
            && Refusal(context, service, route.Metadata[GatewayRoutes.ProtocolMetadataKey] == GatewayRoutes.GrpcProtocol) is { } refusal)
        {
            var caller = Caller.From(context.User);
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccessCheck)).LogWarning(
                "Refused {Method} {Path} to {Caller}: {Reason}", context.Request.Method, context.Request.Path, caller, refusal);
            await RefuseAsync(context, refusal);
            return;
        }

        await next();
    }

    private static string? Refusal(HttpContext context, string service, bool grpc)
    {
        var method = grpc
            ? ContractMethods.ForGrpcPath(context.Request.Path)
            : ContractMethods.ForJson(context.Request.Method, context.Request.Path);
        var caller = Caller.From(context.User);
        if (method is null)
        {
            // No method of the contract: the service answers (404, UNIMPLEMENTED) to staff alone.
            return caller.IsStaff ? ScopeRefusal(context, grpc ? null : Scopes.ForJson(service, context.Request.Method)) : NotForRole(caller);
        }

        return caller.MayCall(method) ? ScopeRefusal(context, method.Scope) : NotForRole(caller);
    }

    private static string? ScopeRefusal(HttpContext context, string? scope) =>
        scope is not null && !context.User.HasScope(scope) ? $"this call needs the scope '{scope}'" : null;

    private static string NotForRole(Caller caller) => caller.RolesRefusal();

    /// <summary>HTTP 403, which a gRPC client reads as PERMISSION_DENIED; JSON callers also get the reason, as the services give theirs.</summary>
    private static Task RefuseAsync(HttpContext context, string message)
    {
        if (Refusals.IsGrpc(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return Refusals.WriteJsonAsync(context.Response, StatusCodes.Status403Forbidden, PermissionDenied, message);
    }
}
