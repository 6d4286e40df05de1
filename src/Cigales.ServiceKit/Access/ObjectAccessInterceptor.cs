using Cigales.Security;
using Cigales.ServiceKit.Grpc;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.ServiceKit.Access;

/// <summary>
/// The service's own check that the object a caller asks for is theirs (<see cref="IObjectAccess"/>),
/// once the request is known to be well formed: a refused attempt is recorded in the object's
/// history, so only a valid id may be recorded — never whatever a caller typed.
/// </summary>
public sealed class ObjectAccessInterceptor(IServiceProvider services) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await CheckAsync(request, context);
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await CheckAsync(request, context);
        await continuation(request, responseStream, context);
    }

    private async Task CheckAsync(object request, ServerCallContext context)
    {
        if (ContractMethods.ForGrpcPath(context.Method) is not { } method || request is not IMessage message
            || services.GetService<IObjectAccess>() is not { } objects)
        {
            return;
        }

        var caller = context.CallerOf();
        if (!caller.IsStaff && await objects.CheckAsync(caller, method, message, context.CancellationToken) is { } refusal)
        {
            await services.GetRequiredService<AccessAudit>().RecordAsync(caller, method, refusal, context.CancellationToken);
            throw RefusalStatus.ToRpcException(refusal.Refusal);
        }
    }
}
