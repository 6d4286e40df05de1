using Buf.Validate;
using Cigales.GrainInterfaces;
using Cigales.SharedKernel;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using ProtoValidate;

namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// The edge of every domain service, for unary and streaming calls alike: checks each request
/// against its <c>buf.validate</c> rules and <see cref="PrintableText"/> before any code runs, and
/// turns what the code throws into a status — a refusal into INVALID_ARGUMENT, NOT_FOUND, FAILED_PRECONDITION... naming the field
/// and the rule; a passing failure into UNAVAILABLE; anything else into INTERNAL, without detail.
/// </summary>
public sealed class RefusalInterceptor(IValidator validator, ILogger<RefusalInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Validate(request);
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw ToRpcException(exception, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Validate(request);
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw ToRpcException(exception, context);
        }
    }

    private void Validate(object request)
    {
        if (request is IMessage message)
        {
            var result = validator.Validate(message, false);
            var refusals = result.Violations.Select(ToRefusal).Concat(PrintableText.Check(message)).ToList();
            if (refusals.Count > 0)
            {
                throw RefusalStatus.ToRpcException(RefusalKind.InvalidArgument, Describe(refusals), refusals);
            }
        }
    }

    private RpcException ToRpcException(Exception exception, ServerCallContext context) => exception is RefusedException refused
        ? RefusalStatus.ToRpcException(refused.Kind, refused.Message, refused.Refusals)
        : FailureStatus.From(exception, context, logger);

    private static Refusal ToRefusal(Violation violation) => Refusal.Invalid(
        // A rule on a whole message (CEL) has no field path of its own.
        violation.Field is null ? string.Empty : violation.Field.GetPath(),
        violation.RuleId,
        violation.Message);

    private static string Describe(IReadOnlyList<Refusal> refusals) =>
        string.Join("; ", refusals.Select(r => r.Field.Length > 0 ? $"{r.Field}: {r.Message}" : r.Message));
}
