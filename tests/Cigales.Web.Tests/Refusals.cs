using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Cigales.Web.Tests;

/// <summary>Refusals shaped as the services send them (ServiceKit's RefusalStatus): the field, the rule, the message.</summary>
public static class Refusals
{
    public static RpcException Invalid(string field, string rule, string message = "refused") => Of(StatusCode.InvalidArgument, field, rule, message);

    public static RpcException Precondition(string field, string rule, string message = "refused") => Of(StatusCode.FailedPrecondition, field, rule, message);

    public static RpcException Of(StatusCode code, string field, string rule, string message)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        if (field.Length > 0)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Reason = rule, Description = message });
            status.Details.Add(Any.Pack(badRequest));
        }

        if (code == StatusCode.FailedPrecondition)
        {
            var failure = new PreconditionFailure();
            failure.Violations.Add(new PreconditionFailure.Types.Violation { Type = rule, Subject = field, Description = message });
            status.Details.Add(Any.Pack(failure));
        }

        var info = new ErrorInfo { Reason = rule, Domain = "cigales" };
        if (field.Length > 0)
        {
            info.Metadata.Add("field", field);
        }

        status.Details.Add(Any.Pack(info));
        return status.ToRpcException();
    }
}
