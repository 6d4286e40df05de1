using Buf.Validate;
using Cigales.GrainInterfaces;
using Cigales.SharedKernel;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using ProtoValidate;

namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// The edge of every domain service: checks each request against its <c>buf.validate</c> rules
/// before any code runs, and turns the refusals that domain code throws into statuses. Bad input
/// thus gets INVALID_ARGUMENT (or NOT_FOUND, FAILED_PRECONDITION...) naming the field, never INTERNAL.
/// </summary>
public sealed class RefusalInterceptor(IValidator validator) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (request is IMessage message)
        {
            var result = validator.Validate(message, false);
            if (!result.IsSuccess)
            {
                var refusals = result.Violations.Select(ToRefusal).ToList();
                throw RefusalStatus.ToRpcException(RefusalKind.InvalidArgument, Describe(refusals), refusals);
            }
        }

        try
        {
            return await continuation(request, context);
        }
        catch (RefusedException refused)
        {
            throw RefusalStatus.ToRpcException(refused.Kind, refused.Message, refused.Refusals);
        }
        catch (StoreUnavailableException unavailable)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, unavailable.Message));
        }
    }

    private static Refusal ToRefusal(Violation violation) => Refusal.Invalid(
        // A rule on a whole message (CEL) has no field path of its own.
        violation.Field is null ? string.Empty : violation.Field.GetPath(),
        violation.RuleId,
        violation.Message);

    private static string Describe(IReadOnlyList<Refusal> refusals) =>
        string.Join("; ", refusals.Select(r => r.Field.Length > 0 ? $"{r.Field}: {r.Message}" : r.Message));
}
