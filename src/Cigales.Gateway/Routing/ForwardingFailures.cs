using Yarp.ReverseProxy.Forwarder;

namespace Cigales.Gateway.Routing;

/// <summary>
/// A call cut because its service stopped in the middle of it is answered as the services answer
/// a passing failure: UNAVAILABLE (503 for JSON callers), which tells a client to retry — every
/// command carries an idempotency key, so a retry never doubles anything. The proxy answers 502
/// then, which gRPC clients already read as UNAVAILABLE; but when the service's end cut the copy
/// of the request's body, the proxy blames the client and answers 400, which a gRPC client reads
/// as INTERNAL (seen by the fault test killing the finance silo). That case alone is answered
/// again here, while the client is still there to read it; anything else is left as it is.
/// </summary>
public static class ForwardingFailures
{
    public const string Message = "the service did not answer the call to its end; retry";

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        await next();
        if (context.GetForwarderErrorFeature() is { Error: ForwarderError.RequestBodyClient } failure
            && context.Response.StatusCode == StatusCodes.Status400BadRequest
            && !context.Response.HasStarted
            && !context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ForwardingFailures)).LogWarning(
                failure.Exception, "{Method} {Path} cut while its body was forwarded, the client still there: answered UNAVAILABLE", context.Request.Method, context.Request.Path);
            await Refusals.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, 14, Message);
        }
    }
}
