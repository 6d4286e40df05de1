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
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var message = $"this call needs the scope '{scope}'";
        return context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true
            ? Task.CompletedTask
            : context.Response.WriteAsJsonAsync(new { code = 7, message, details = Array.Empty<object>() });
    }
}
