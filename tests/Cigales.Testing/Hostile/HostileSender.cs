using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Cigales.Testing.Hostile;

/// <summary>What a hostile request got: the HTTP status and, for gRPC, the gRPC status.</summary>
public sealed record HostileOutcome(HostileInput Input, int Http, int? Grpc, string Detail)
{
    private const int Unknown = 2;
    private const int Internal = 13;
    private const int Unavailable = 14;

    /// <summary>The JSON error's gRPC code, when the answer is one.</summary>
    public int? JsonCode { get; init; }

    /// <summary>What is wrong with the answer; null when it is one a hostile request may get.</summary>
    public string? Fault
    {
        get
        {
            if (Http >= 500)
            {
                return $"HTTP {Http}";
            }

            if ((Grpc ?? JsonCode) is Unknown or Internal or Unavailable)
            {
                return $"status {Grpc ?? JsonCode}";
            }

            var succeeded = Input.Grpc ? Http == 200 && Grpc == 0 : Http is >= 200 and < 300;
            return Input.Refusable && succeeded ? "accepted" : null;
        }
    }
}

/// <summary>
/// Sends a hostile corpus as raw HTTP — gRPC as HTTP/2 frames it builds itself, so that malformed
/// ones can be sent too — a few at a time, and collects what each got.
/// </summary>
public sealed class HostileSender(HttpClient json, HttpClient grpc, string token, int parallelism = 8)
{
    /// <summary>Kestrel's default limit on a request's line (method, path and query).</summary>
    private const int MaxRequestLine = 8 * 1024;

    public async Task<IReadOnlyList<HostileOutcome>> SendAsync(IEnumerable<HostileInput> corpus, CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentBag<HostileOutcome>();
        await Parallel.ForEachAsync(
            corpus,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (input, cancel) => outcomes.Add(await SendAsync(input, cancel)));
        return [.. outcomes];
    }

    private async Task<HostileOutcome> SendAsync(HostileInput input, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(input.Verb), input.Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (input.Grpc)
        {
            request.Version = HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
            request.Headers.TryAddWithoutValidation("te", "trailers");
        }

        if (input.Verb != "GET")
        {
            request.Content = new ByteArrayContent(input.Body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(input.ContentType);
        }

        // A subscription that accepts its request streams for ever: a second is enough to see it did not fail.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(input.Method.Descriptor.IsServerStreaming ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(30));
        try
        {
            using var response = await (input.Grpc ? grpc : json).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if (input.Grpc)
            {
                var status = Header(response, "grpc-status");
                return new HostileOutcome(input, (int)response.StatusCode, status is null ? null : int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), Header(response, "grpc-message") ?? string.Empty);
            }

            return new HostileOutcome(input, (int)response.StatusCode, null, Shorten(body)) { JsonCode = JsonCode(body) };
        }
        catch (HttpRequestException) when (input.Path.Length > MaxRequestLine)
        {
            // Kestrel answers a request line beyond its limit (8 KiB) with 414 and closes the
            // connection, often before the client has finished sending it: a refusal all the same.
            return new HostileOutcome(input, 414, null, "request line too long: connection closed");
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or IOException
            && input.Method.Descriptor.IsServerStreaming && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Streaming, and still streaming: the request was taken, which only a valid subscription is.
            return new HostileOutcome(input, 200, 0, "streaming");
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.TrailingHeaders.TryGetValues(name, out var trailer) ? trailer.First()
        : response.Headers.TryGetValues(name, out var header) ? header.First()
        : null;

    private static int? JsonCode(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number
                ? code.GetInt32()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length <= 200 ? text : text[..200];
    }
}
