using System.Diagnostics;
using System.Net.Sockets;
using Cigales.GrainInterfaces;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// What a caller is told when a call fails for a reason that is not a refusal. A failure that
/// passes (the database restarting, a silo gone, a call timed out) is UNAVAILABLE with the delay
/// after which to retry: nothing was acknowledged, and a retry with the same idempotency key is
/// safe. Anything else is a bug: INTERNAL with a generic message and the trace id to find it by;
/// the exception itself stays in the server's log — no type, message or stack reaches a client.
/// </summary>
public static class FailureStatus
{
    /// <summary>How long a client should wait before retrying a call that found the system unavailable.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public static RpcException From(Exception exception, ServerCallContext context, ILogger logger)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? string.Empty;
        if (exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            return new RpcException(new global::Grpc.Core.Status(StatusCode.Cancelled, "the call was cancelled"));
        }

        if (IsPassing(exception))
        {
            logger.LogWarning(exception, "{Method} failed for a passing reason (trace {TraceId}); the caller is told to retry", context.Method, traceId);
            context.GetHttpContext().Response.Headers.RetryAfter = ((int)RetryDelay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var unavailable = new Google.Rpc.Status
            {
                Code = (int)StatusCode.Unavailable,
                Message = "the service cannot record or read this now; nothing was changed: retry later with the same request",
            };
            unavailable.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(RetryDelay) }));
            unavailable.Details.Add(Any.Pack(Info("unavailable", traceId)));
            return unavailable.ToRpcException();
        }

        logger.LogError(exception, "{Method} failed unexpectedly (trace {TraceId})", context.Method, traceId);
        var status = new Google.Rpc.Status
        {
            Code = (int)StatusCode.Internal,
            Message = $"an unexpected error occurred; it was logged under the trace id {traceId}",
        };
        status.Details.Add(Any.Pack(Info("internal", traceId)));
        return status.ToRpcException();
    }

    /// <summary>Whether the failure says "not now" rather than "never": the store or a silo out of reach, a call out of time.</summary>
    public static bool IsPassing(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StoreUnavailableException or TimeoutException or SocketException
                or SiloUnavailableException or OrleansMessageRejectionException
                or global::Orleans.Runtime.Messaging.ConnectionFailedException
                // The reminder table (Redis) out of reach: its exception keeps only the message of Redis's.
                or global::Orleans.Reminders.Redis.RedisRemindersException
                || (current is NpgsqlException npgsql && (npgsql.IsTransient || IsServerGoingAway(npgsql)))
                || NoSiloHostsTheGrainYet(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The silos that host a grain's class have all left the cluster and none has joined again yet
    /// (a service restarting): Orleans says so only in its messages, when it resolves the grain.
    /// </summary>
    private static bool NoSiloHostsTheGrainYet(Exception exception) => exception switch
    {
        ArgumentException argument => argument.Message.StartsWith("Could not find an implementation for interface", StringComparison.Ordinal),
        OrleansException orleans => orleans.Message.StartsWith("No active nodes are compatible with grain", StringComparison.Ordinal),
        _ => false,
    };

    // Connection errors (08), insufficient resources (53) and operator intervention (57: the server
    // shutting down or starting up) end when the server is back.
    private static bool IsServerGoingAway(NpgsqlException exception) =>
        exception is not PostgresException postgres || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
        || postgres.SqlState.StartsWith("53", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57", StringComparison.Ordinal);

    private static ErrorInfo Info(string reason, string traceId)
    {
        var info = new ErrorInfo { Reason = reason, Domain = RefusalStatus.ErrorDomain };
        if (traceId.Length > 0)
        {
            info.Metadata.Add("trace_id", traceId);
        }

        return info;
    }
}
