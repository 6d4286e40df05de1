using Cigales.Gateway.Routing;
using Cigales.Security;
using Yarp.ReverseProxy.Model;

namespace Cigales.Gateway.Access;

/// <summary>
/// In the proxy's pipeline, once the token is known valid: the call needs the scope its method
/// needs — for gRPC the method's own (from the contract), for JSON the service's read scope for a
/// GET and its write scope otherwise. Refused here, the call never reaches the service (which
/// checks again).
/// </summary>
public static class ScopeCheck
{
    private const int PermissionDenied = 7;

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var route = context.GetReverseProxyFeature().Route.Config;
        if (route.Metadata?.GetValueOrDefault(GatewayRoutes.ServiceMetadataKey) is { } service)
        {
            var scope = route.Metadata[GatewayRoutes.ProtocolMetadataKey] == GatewayRoutes.GrpcProtocol
                ? Scopes.ForGrpcMethod(context.Request.Path)
                : Scopes.ForJson(service, context.Request.Method);
            if (scope is not null && !context.User.HasScope(scope))
            {
                await RefuseAsync(context, scope);
                return;
            }
        }

        await next();
    }

    /// <summary>HTTP 403, which a gRPC client reads as PERMISSION_DENIED; JSON callers also get the reason, as the services give theirs.</summary>
    private static Task RefuseAsync(HttpContext context, string scope)
    {
        if (Refusals.IsGrpc(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return Refusals.WriteJsonAsync(context.Response, StatusCodes.Status403Forbidden, PermissionDenied, $"this call needs the scope '{scope}'");
    }
}
