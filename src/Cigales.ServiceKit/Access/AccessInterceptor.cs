using Cigales.Security;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Cigales.ServiceKit.Access;

/// <summary>
/// Who may call what, checked again in the service after the gateway, so that a call straight to
/// the service, or by a path the gateway did not expect, is refused too: the token's role and
/// scope for the method (from the contract), first of all, so that a caller without the right
/// learns nothing of the request's rules. Then the caller is handed to the grains, which record
/// it with every change. Whether the object asked for is the caller's own is checked after the
/// request is validated (<see cref="ObjectAccessInterceptor"/>).
/// </summary>
public sealed class AccessInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        HandToGrains(Check(context));
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        HandToGrains(Check(context));
        return continuation(request, responseStream, context);
    }

    /// <summary>
    /// Set here, in the method that calls the service, not in an awaited check: what an async
    /// method puts in the (async-local) request context does not flow back to its caller.
    /// </summary>
    private static void HandToGrains(Caller? caller)
    {
        if (caller is not null)
        {
            CallerContext.Set(caller);
        }
    }

    private static Caller? Check(ServerCallContext context)
    {
        var method = ContractMethods.ForGrpcPath(context.Method);
        if (method is null)
        {
            // Not a method of the contract (health, reflection): nothing to check here.
            return null;
        }

        var caller = context.CallerOf();
        if (!caller.MayCall(method))
        {
            throw Denied(caller.RolesRefusal(), "auth.role");
        }

        if (!context.GetHttpContext().User.HasScope(method.Scope))
        {
            throw Denied($"this call needs the scope '{method.Scope}'", "auth.scope");
        }

        return caller;
    }

    private static RpcException Denied(string message, string rule) =>
        RefusalStatus.ToRpcException(new Refusal(RefusalKind.PermissionDenied, string.Empty, rule, message));
}
