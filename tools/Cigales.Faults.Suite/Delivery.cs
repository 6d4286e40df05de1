using System.Globalization;
using Google.Rpc;
using Grpc.Core;

namespace Cigales.Faults;

/// <summary>
/// How a careful client sends a command that moves money (docs/DESIGN.md, "Contract conventions"):
/// each attempt has a deadline; a failure that says "not now" — UNAVAILABLE, ABORTED, a deadline
/// passed, a call cut off — is retried with the same key after the delay the answer asks for
/// (<c>RetryInfo</c>, else <c>retry-after</c>, else a second); a refusal is final. INTERNAL and
/// UNKNOWN are retried too, since the key makes it safe, but each is kept in the record: the
/// contract promises they never happen for a passing failure.
/// </summary>
public sealed class Delivery(Api api, TimeProvider clock)
{
    /// <summary>The deadline of one attempt; the gateway's own default is 30 s.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(5);

    /// <summary>Sends until acknowledged or refused; <paramref name="giveUp"/> leaves it unacknowledged.</summary>
    public async Task DeliverAsync(CommandRecord record, CancellationToken giveUp)
    {
        try
        {
            while (true)
            {
                record.Attempt();
                try
                {
                    var answer = await record.Command.SendAsync(api, Call(giveUp));
                    record.Acknowledge(clock.GetUtcNow(), answer);
                    return;
                }
                catch (RpcException exception) when (!giveUp.IsCancellationRequested)
                {
                    record.Fail(new FailedAttempt(record.Command.Kind, clock.GetUtcNow(), exception.StatusCode, exception.Status.Detail, TraceIdOf(exception)));
                    if (!IsPassing(exception.StatusCode))
                    {
                        switch (await RecordedEarlierAsync(record, giveUp))
                        {
                            case true:
                                record.Acknowledge(clock.GetUtcNow(), string.Empty);
                                return;
                            case false:
                                record.Refuse($"{exception.StatusCode}: {exception.Status.Detail}");
                                return;
                        }
                    }

                    await Task.Delay(DelayOf(exception), clock, giveUp);
                }
            }
        }
        catch (Exception exception) when ((exception is OperationCanceledException or RpcException) && giveUp.IsCancellationRequested)
        {
            // Given up, while waiting or in a call: the record stays unacknowledged, and the checks say so.
        }
    }

    /// <summary>Sends a call of the set-up or of the checks until it is answered, retrying what passes as the load's commands do.</summary>
    public async Task<T> AnsweredAsync<T>(Func<CallOptions, AsyncUnaryCall<T>> call, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(Call(cancellation));
            }
            catch (RpcException exception) when (IsPassing(exception.StatusCode) && attempt < 30)
            {
                await Task.Delay(DelayOf(exception), clock, cancellation);
            }
        }
    }

    public static bool IsPassing(StatusCode status) => status is StatusCode.Unavailable or StatusCode.Aborted
        or StatusCode.DeadlineExceeded or StatusCode.Cancelled or StatusCode.ResourceExhausted
        or StatusCode.Internal or StatusCode.Unknown;

    /// <summary>The delay the answer asks for before a retry.</summary>
    public static TimeSpan DelayOf(RpcException exception)
    {
        var asked = exception.GetRpcStatus()?.GetDetail<RetryInfo>()?.RetryDelay?.ToTimeSpan()
            ?? (int.TryParse(exception.Trailers.GetValue("retry-after"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? TimeSpan.FromSeconds(seconds)
                : DefaultDelay);
        return asked > LongestDelay ? LongestDelay : asked;
    }

    /// <summary>The trace id a service gives with an unexpected failure, to find its log line by.</summary>
    public static string TraceIdOf(RpcException exception) =>
        exception.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Metadata.GetValueOrDefault("trace_id") ?? string.Empty;

    private CallOptions Call(CancellationToken cancellation) =>
        new(deadline: clock.GetUtcNow().Add(CallTimeout).UtcDateTime, cancellationToken: cancellation);

    /// <summary>
    /// A refusal of a retry may be the first attempt's success seen from the other side (a
    /// deliberation already recorded): whether it was, or null when that cannot be read yet.
    /// </summary>
    private async Task<bool?> RecordedEarlierAsync(CommandRecord record, CancellationToken giveUp)
    {
        if (record.Attempts < 2)
        {
            return false;
        }

        try
        {
            return await record.Command.WasRecordedAsync(api, Call(giveUp));
        }
        catch (RpcException exception) when (IsPassing(exception.StatusCode))
        {
            return null;
        }
    }
}
