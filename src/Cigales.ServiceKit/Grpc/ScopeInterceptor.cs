using Cigales.Security;
using Cigales.SharedKernel;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// Every call needs the scope its method needs (read or write of this service, from the
/// contract), checked here again after the gateway: a call straight to the service, or by a path
/// the gateway did not expect, is refused too. Before validation, so that a caller without the
/// scope learns nothing of the request's rules.
/// </summary>
public sealed class ScopeInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, responseStream, context);
    }

    private static void Check(ServerCallContext context)
    {
        var scope = Scopes.ForGrpcMethod(context.Method);
        if (scope is not null && !context.GetHttpContext().User.HasScope(scope))
        {
            throw RefusalStatus.ToRpcException(new Refusal(RefusalKind.PermissionDenied, string.Empty, "auth.scope", $"this call needs the scope '{scope}'"));
        }
    }
}
