using System.Diagnostics;
using System.Net.Sockets;
using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ProtoValidate;

namespace Cigales.ServiceKit.Tests;

/// <summary>
/// What a caller is told when the code fails rather than refuses: a passing failure asks for a
/// retry, a bug gets a generic INTERNAL with the trace id — and no exception text ever reaches the
/// caller, on unary and streaming calls alike.
/// </summary>
public sealed class FailureStatuses
{
    private static readonly ActivitySource Tracing = new("Cigales.ServiceKit.Tests");
    private readonly RefusalInterceptor _edge = new(new Validator(), NullLogger<RefusalInterceptor>.Instance);

    static FailureStatuses() => ActivitySource.AddActivityListener(new ActivityListener
    {
        ShouldListenTo = source => source == Tracing,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
    });

    public static TheoryData<string> Bugs => ["cast", "null", "argument", "marten"];

    [Theory]
    [MemberData(nameof(Bugs))]
    public async Task AnUnexpectedExceptionIsInternalWithTheTraceIdAndNothingOfItself(string bug)
    {
        using var activity = Tracing.StartActivity("call");
        var context = new FakeCallContext();
        var failure = Bug(bug);

        var refused = await Assert.ThrowsAsync<RpcException>(() => _edge.UnaryServerHandler<Empty, Empty>(new Empty(), context, (_, _) => throw failure));

        Assert.Equal(StatusCode.Internal, refused.StatusCode);
        Assert.Contains(activity!.TraceId.ToString(), refused.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(failure.GetType().Name, refused.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(failure.Message, refused.ToString(), StringComparison.Ordinal);
        Assert.Equal("internal", refused.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);
    }

    public static TheoryData<string> PassingFailures => ["store", "socket", "npgsql", "postgres-shutdown", "wrapped", "timeout", "silo", "no-silo-hosts", "no-active-node", "reminders"];

    [Theory]
    [MemberData(nameof(PassingFailures))]
    public async Task APassingFailureIsUnavailableWithADelayToRetryAfter(string failure)
    {
        var context = new FakeCallContext();

        var refused = await Assert.ThrowsAsync<RpcException>(() => _edge.UnaryServerHandler<Empty, Empty>(new Empty(), context, (_, _) => throw Passing(failure)));

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        Assert.Equal(Duration.FromTimeSpan(FailureStatus.RetryDelay), refused.GetRpcStatus()!.GetDetail<RetryInfo>()!.RetryDelay);
        Assert.Equal("1", context.Http.Response.Headers.RetryAfter.ToString());
        Assert.DoesNotContain("Exception", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStreamingCallIsMappedAsAUnaryOne()
    {
        var context = new FakeCallContext();

        var bug = await Assert.ThrowsAsync<RpcException>(() => _edge.ServerStreamingServerHandler<Empty, Empty>(
            new Empty(), new NoWriter(), context, (_, _, _) => throw new InvalidCastException("Unable to cast SharedProjectChanged")));
        var refusal = await Assert.ThrowsAsync<RpcException>(() => _edge.ServerStreamingServerHandler<Empty, Empty>(
            new Empty(), new NoWriter(), context, (_, _, _) => throw new RefusedException(Refusal.NotFound("project_holder_id", "project_holder.exists", "no such project"))));

        Assert.Equal(StatusCode.Internal, bug.StatusCode);
        Assert.DoesNotContain("SharedProjectChanged", bug.ToString(), StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, refusal.StatusCode);
    }

    private static Exception Bug(string kind) => kind switch
    {
        "cast" => new InvalidCastException("Unable to cast EnterpriseRegistered to InvestmentEvent"),
        "null" => new NullReferenceException("Object reference not set"),
        "argument" => new ArgumentException("The value cannot be an empty string (Parameter 'primaryKey')"),
        _ => new Marten.Exceptions.MartenCommandException(new NpgsqlCommand("select secret from mt_doc"), new InvalidOperationException("schema drift")),
    };

    private static Exception Passing(string kind) => kind switch
    {
        "store" => new StoreUnavailableException("the change could not be stored: NpgsqlException"),
        "socket" => new SocketException((int)SocketError.ConnectionRefused),
        "npgsql" => new NpgsqlException("Exception while reading from stream", new IOException("reset")),
        "postgres-shutdown" => new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        "wrapped" => new Marten.Exceptions.MartenCommandException(new NpgsqlCommand("insert"), new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))),
        "timeout" => new TimeoutException("Response did not arrive on time"),
        "silo" => new SiloUnavailableException("silo S127.0.0.1:11111 is gone"),
        "no-silo-hosts" => new ArgumentException("Could not find an implementation for interface Cigales.GrainInterfaces.Clubs.IClubFundsGrain"),
        "no-active-node" => new OrleansException("No active nodes are compatible with grain club and interface Cigales.GrainInterfaces.Clubs.IClubFundsGrain version 0"),
        _ => new global::Orleans.Reminders.Redis.RedisRemindersException("StackExchange.Redis.RedisConnectionException: SocketClosed"),
    };

    private sealed class NoWriter : IServerStreamWriter<Empty>
    {
        public WriteOptions? WriteOptions { get; set; }

        public Task WriteAsync(Empty message) => Task.CompletedTask;
    }

    /// <summary>A call context as ASP.NET Core gives one: its HTTP context in the user state, where <c>GetHttpContext()</c> finds it.</summary>
    private sealed class FakeCallContext : ServerCallContext
    {
        private readonly Dictionary<object, object> _userState = new() { ["__HttpContext"] = new DefaultHttpContext() };

        public HttpContext Http => (HttpContext)_userState["__HttpContext"];

        protected override string MethodCore => "/cigales.tests.v1.Tests/Call";

        protected override string HostCore => "localhost";

        protected override string PeerCore => "ipv4:127.0.0.1:1";

        protected override DateTime DeadlineCore => DateTime.MaxValue;

        protected override Metadata RequestHeadersCore => [];

        protected override CancellationToken CancellationTokenCore => CancellationToken.None;

        protected override Metadata ResponseTrailersCore => [];

        protected override global::Grpc.Core.Status StatusCore { get; set; }

        protected override WriteOptions? WriteOptionsCore { get; set; }

        protected override AuthContext AuthContextCore => new(null, []);

        protected override IDictionary<object, object> UserStateCore => _userState;

        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
