using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Rpc;
using Grpc.Core;

namespace Cigales.ServiceKit.Tests;

public sealed class RefusalStatuses
{
    [Theory]
    [InlineData(RefusalKind.InvalidArgument, StatusCode.InvalidArgument)]
    [InlineData(RefusalKind.NotFound, StatusCode.NotFound)]
    [InlineData(RefusalKind.FailedPrecondition, StatusCode.FailedPrecondition)]
    [InlineData(RefusalKind.AlreadyExists, StatusCode.AlreadyExists)]
    [InlineData(RefusalKind.Aborted, StatusCode.Aborted)]
    public void EachKindOfRefusalHasItsStatus(RefusalKind kind, StatusCode code) =>
        Assert.Equal(code, RefusalStatus.ToRpcException(new Refusal(kind, "f", "r", "m")).StatusCode);

    [Fact]
    public void TheDetailsNameTheFieldAndTheRule()
    {
        var status = RefusalStatus.ToRpcException(Refusal.NotFound("referring_club_id", "club.exists", "no club has the id 'x'")).GetRpcStatus()!;

        var violation = Assert.Single(status.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal(("referring_club_id", "club.exists", "no club has the id 'x'"), (violation.Field, violation.Reason, violation.Description));
        var info = status.GetDetail<ErrorInfo>()!;
        Assert.Equal(("club.exists", "cigales", "referring_club_id"), (info.Reason, info.Domain, info.Metadata["field"]));
        Assert.Equal("no club has the id 'x'", status.Message);
    }

    [Fact]
    public void ARefusalOfTheWholeRequestHasNoFieldViolation()
    {
        var status = RefusalStatus.ToRpcException(new Refusal(RefusalKind.Aborted, "", "stream.concurrent_write", "retry")).GetRpcStatus()!;

        Assert.Null(status.GetDetail<BadRequest>());
        Assert.Equal("stream.concurrent_write", status.GetDetail<ErrorInfo>()!.Reason);
    }
}
