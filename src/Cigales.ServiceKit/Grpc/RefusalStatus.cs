using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// Turns refusals into gRPC statuses with rich details: a <see cref="BadRequest"/> naming each
/// field at fault, a <see cref="PreconditionFailure"/> when the state does not allow the request,
/// and an <see cref="ErrorInfo"/> carrying the rule, so that a program can act on the rule and a
/// person can read the message. JSON transcoding renders the same details.
/// </summary>
public static class RefusalStatus
{
    public const string ErrorDomain = "cigales";

    public static RpcException ToRpcException(Refusal refusal) => ToRpcException(refusal.Kind, refusal.Message, [refusal]);

    /// <summary>One status for several violations of one request (declarative validation reports them all).</summary>
    public static RpcException ToRpcException(RefusalKind kind, string message, IReadOnlyCollection<Refusal> refusals)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)ToStatusCode(kind),
            Message = message,
        };

        var withField = refusals.Where(r => r.Field.Length > 0).ToList();
        if (withField.Count > 0)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(withField.Select(r => new BadRequest.Types.FieldViolation
            {
                Field = r.Field,
                Description = r.Message,
                Reason = r.Rule,
            }));
            status.Details.Add(Any.Pack(badRequest));
        }

        if (kind == RefusalKind.FailedPrecondition)
        {
            // What a client shows to explain why the state does not allow the request.
            var failure = new PreconditionFailure();
            failure.Violations.AddRange(refusals.Select(r => new PreconditionFailure.Types.Violation
            {
                Type = r.Rule,
                Subject = r.Field,
                Description = r.Message,
            }));
            status.Details.Add(Any.Pack(failure));
        }

        var first = refusals.First();
        var errorInfo = new ErrorInfo { Reason = first.Rule, Domain = ErrorDomain };
        if (first.Field.Length > 0)
        {
            errorInfo.Metadata.Add("field", first.Field);
        }

        status.Details.Add(Any.Pack(errorInfo));
        return status.ToRpcException();
    }

    public static StatusCode ToStatusCode(RefusalKind kind) => kind switch
    {
        RefusalKind.InvalidArgument => StatusCode.InvalidArgument,
        RefusalKind.NotFound => StatusCode.NotFound,
        RefusalKind.PermissionDenied => StatusCode.PermissionDenied,
        RefusalKind.FailedPrecondition => StatusCode.FailedPrecondition,
        RefusalKind.AlreadyExists => StatusCode.AlreadyExists,
        RefusalKind.Aborted => StatusCode.Aborted,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown refusal kind"),
    };
}
