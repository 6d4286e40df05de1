using System.Text;

namespace Cigales.Gateway;

/// <summary>
/// How the gateway itself refuses a call, as the services refuse theirs: JSON callers get the
/// HTTP status and the body of the services' errors (<c>{"code", "message", "details"}</c>);
/// gRPC callers get the gRPC status with the message.
/// </summary>
public static class Refusals
{
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;

    /// <summary>
    /// Refuses the call with <paramref name="httpStatus"/> for JSON callers and the gRPC status
    /// <paramref name="grpcCode"/> for gRPC callers. Headers set beforehand (<c>Retry-After</c>)
    /// go to both.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int httpStatus, int grpcCode, string message)
    {
        if (!IsGrpc(context.Request))
        {
            return WriteJsonAsync(context.Response, httpStatus, grpcCode, message);
        }

        // A trailers-only answer: HTTP 200 with the status in the headers and no body, which a gRPC
        // client reads as that status. An HTTP error status would not do: gRPC clients map 429 to
        // UNAVAILABLE, for one.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = grpcCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = PercentEncoded(message);
        return Task.CompletedTask;
    }

    public static Task WriteJsonAsync(HttpResponse response, int httpStatus, int grpcCode, string message)
    {
        response.StatusCode = httpStatus;
        return response.WriteAsJsonAsync(new { code = grpcCode, message, details = Array.Empty<object>() });
    }

    // As gRPC wants grpc-message: UTF-8, with '%' and every byte outside printable ASCII escaped.
    private static string PercentEncoded(string message)
    {
        var encoded = new StringBuilder(message.Length);
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E and not (byte)'%')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
