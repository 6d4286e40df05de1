using System.Globalization;
using Cigales.Gateway.Routing;
using Microsoft.Extensions.Options;

namespace Cigales.Gateway.Limits;

/// <summary>
/// In the proxy's pipeline, once the token is known valid: each caller may make so many calls in
/// each fixed window of time. The caller is the subject its token names (a system, or a person:
/// every person signed in to the web app has a limit of their own), or its address when it calls
/// without one (the token endpoint). Beyond the limit the call is refused with the time
/// left in the window and never reaches a service.
/// </summary>
public sealed class RateLimit(RequestDelegate next, IRateCounter counter, TimeProvider clock, IOptions<GatewayOptions> options)
{
    private const string KeyPrefix = "cigales:rate:";
    private const int ResourceExhausted = 8;

    private readonly RateLimitOptions _limit = options.Value.RateLimit;

    public async Task InvokeAsync(HttpContext context)
    {
        var now = clock.GetUtcNow();
        var windowStart = WindowStart(now, _limit.Window);
        // The window's start in the key: every gateway instance counts the same window in the same key.
        var key = $"{KeyPrefix}{Caller(context)}:{windowStart.ToUnixTimeMilliseconds()}";
        var count = await counter.IncrementAsync(key, _limit.Window);
        if (count is { } calls && calls > _limit.PermitsPerWindow)
        {
            await RefuseAsync(context, windowStart + _limit.Window - now);
            return;
        }

        await next(context);
    }

    /// <summary>Windows follow one another from the Unix epoch, so that every instance cuts time alike.</summary>
    private static DateTimeOffset WindowStart(DateTimeOffset now, TimeSpan window)
    {
        var sinceEpoch = (now - DateTimeOffset.UnixEpoch).Ticks;
        return DateTimeOffset.UnixEpoch.AddTicks(sinceEpoch - (sinceEpoch % window.Ticks));
    }

    /// <summary>
    /// Who is counted: the token's subject (a system's client id, or a person's account, whose
    /// token also names the application they use in <c>client_id</c>: the people of one
    /// application do not share one limit), else the caller's address.
    /// </summary>
    private static string Caller(HttpContext context)
    {
        var user = context.User;
        var subject = user.Identity?.IsAuthenticated == true
            ? user.FindFirst("sub")?.Value ?? user.FindFirst("client_id")?.Value
            : null;
        return subject is not null
            ? $"caller:{subject}"
            : $"address:{context.Connection.RemoteIpAddress}";
    }

    private Task RefuseAsync(HttpContext context, TimeSpan leftInWindow)
    {
        // Whole seconds, rounded up: a client that waits that long finds a new window.
        var retryAfter = Math.Max(1, (int)Math.Ceiling(leftInWindow.TotalSeconds));
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"too many calls: at most {_limit.PermitsPerWindow} every {_limit.Window.TotalSeconds:0.###} s per caller; retry in {retryAfter} s");
        return Refusals.WriteAsync(context, StatusCodes.Status429TooManyRequests, ResourceExhausted, message);
    }
}
