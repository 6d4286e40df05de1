using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Cigales.Faults.Tests;

/// <summary>How the suite counts: the time to recover, and the delay a client waits before a retry.</summary>
public sealed class TheFigures
{
    private static readonly DateTimeOffset Struck = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecoveryLastsFromTheFaultToTheLastAcknowledgementOfACommandThatFailedAfterIt()
    {
        var log = new CommandLog();
        var untouched = log.Open(new RecordGrantPayment("c", 100, DateOnly.MinValue), "fault", Struck.AddSeconds(-1));
        untouched.Attempt();
        untouched.Acknowledge(Struck.AddSeconds(30), "c");
        var failedTwice = log.Open(new RecordGrantPayment("c", 100, DateOnly.MinValue), "fault", Struck);
        failedTwice.Attempt();
        failedTwice.Fail(new FailedAttempt(CommandKind.GrantPayment, Struck.AddSeconds(1), StatusCode.Unavailable, "down", string.Empty));
        failedTwice.Attempt();
        failedTwice.Acknowledge(Struck.AddSeconds(12), "c");

        var row = FaultRow.Of(new Phase("fault", Struck, Struck.AddSeconds(8)), log.Of("fault"), []);

        Assert.Equal((2, 2, 1), (row.Sent, row.Acknowledged, row.Retried));
        Assert.Equal(TimeSpan.FromSeconds(12), row.Recovery);
        Assert.Equal(TimeSpan.FromSeconds(8), row.Healthy);
        Assert.True(row.Passed);
    }

    [Fact]
    public void AnInternalErrorFailsTheFaultEvenWhenTheRetryWasAcknowledged()
    {
        var log = new CommandLog();
        var record = log.Open(new RecordGrantPayment("c", 100, DateOnly.MinValue), "fault", Struck);
        record.Fail(new FailedAttempt(CommandKind.GrantPayment, Struck, StatusCode.Internal, "bug", "trace"));
        record.Acknowledge(Struck.AddSeconds(2), "c");

        Assert.False(FaultRow.Of(new Phase("fault", Struck, null), log.Of("fault"), []).Passed);
    }

    [Fact]
    public void AClientWaitsTheRetryDelayTheServiceAsksForElseItsRetryAfterElseASecond()
    {
        var status = new Google.Rpc.Status { Code = (int)StatusCode.Unavailable, Message = "down" };
        status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(1500)) }));
        var retryAfter = new RpcException(new Grpc.Core.Status(StatusCode.ResourceExhausted, "limit"), new Metadata { { "retry-after", "3" } });

        Assert.Equal(TimeSpan.FromMilliseconds(1500), Delivery.DelayOf(status.ToRpcException()));
        Assert.Equal(TimeSpan.FromSeconds(3), Delivery.DelayOf(retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(1), Delivery.DelayOf(new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "Bad gateway"))));
    }
}
