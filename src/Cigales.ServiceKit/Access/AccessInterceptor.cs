using Cigales.Security;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.ServiceKit.Access;

/// <summary>
/// Who may call what, checked again in the service after the gateway, so that a call straight to
/// the service, or by a path the gateway did not expect, is refused too: the token's scope and
/// role for the method (from the contract), then the service's own check of the object asked for
/// (recorded when refused). Before validation, so that a caller without the right learns nothing
/// of the request's rules. Then the caller is handed to the grains, which record it with every change.
/// </summary>
public sealed class AccessInterceptor(IServiceProvider services) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        HandToGrains(await CheckAsync(request, context));
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        HandToGrains(await CheckAsync(request, context));
        await continuation(request, responseStream, context);
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

    private async Task<Caller?> CheckAsync(object request, ServerCallContext context)
    {
        var method = ContractMethods.ForGrpcPath(context.Method);
        if (method is null)
        {
            // Not a method of the contract (health, reflection): nothing to check here.
            return null;
        }

        var caller = context.CallerOf();
        if (!method.Allows(caller.Role))
        {
            throw Denied(caller.Role.Length == 0 ? "the token names no role" : $"the role '{caller.Role}' may not call this method", "auth.role");
        }

        if (!context.GetHttpContext().User.HasScope(method.Scope))
        {
            throw Denied($"this call needs the scope '{method.Scope}'", "auth.scope");
        }

        if (!caller.IsStaff && request is IMessage message && services.GetService<IObjectAccess>() is { } objects
            && await objects.CheckAsync(caller, method, message, context.CancellationToken) is { } refusal)
        {
            await services.GetRequiredService<AccessAudit>().RecordAsync(caller, method, refusal, context.CancellationToken);
            throw RefusalStatus.ToRpcException(refusal.Refusal);
        }

        return caller;
    }

    private static RpcException Denied(string message, string rule) =>
        RefusalStatus.ToRpcException(new Refusal(RefusalKind.PermissionDenied, string.Empty, rule, message));
}
