using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Cigales.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using ErrorInfo = Google.Rpc.ErrorInfo;

namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// A gRPC request of the contract must be one well-formed message of the method's type before the
/// framework reads it: gRPC for ASP.NET Core answers a malformed one with UNKNOWN ("Exception was
/// thrown by handler") or INTERNAL, before any interceptor could say better. A request that is no
/// message — bytes that do not parse, a frame cut short or longer than its message, a compressed
/// frame without its encoding, two messages where one is expected — is INVALID_ARGUMENT here, and
/// the framework then reads the same bytes again.
/// </summary>
public sealed class WellFormedGrpcRequests(RequestDelegate next)
{
    /// <summary>gRPC's own default for a message received (4 MiB).</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    private const int FrameHeader = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || ContractMethods.ForGrpcPath(context.Request.Path) is not { } method)
        {
            await next(context);
            return;
        }

        if (!IsGrpc(context.Request))
        {
            // gRPC for ASP.NET Core says 415 with INTERNAL: what is wrong is the request.
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await RefuseAsync(context.Response, StatusCode.InvalidArgument, "a gRPC request's content type is application/grpc");
            return;
        }

        var body = await ReadAsync(context.Request, context.RequestAborted);
        var problem = body is null
            ? (StatusCode.ResourceExhausted, $"the request is larger than {MaxMessageBytes} bytes")
            : Check(body, method.Descriptor.InputType, context.Request.Headers["grpc-encoding"].ToString());
        if (problem is { } refused)
        {
            await RefuseAsync(context.Response, refused.Code, refused.Message);
            return;
        }

        context.Request.Body = new MemoryStream(body!, writable: false);
        await next(context);
    }

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    /// <returns>The whole body; null when it is larger than a message may be.</returns>
    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxMessageBytes + FrameHeader)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static (StatusCode Code, string Message)? Check(byte[] body, MessageDescriptor type, string encoding)
    {
        if (body.Length < FrameHeader)
        {
            return (StatusCode.InvalidArgument, "the request holds no complete gRPC message");
        }

        var compressed = body[0];
        var length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        if (compressed > 1 || length != body.Length - FrameHeader)
        {
            return (StatusCode.InvalidArgument, $"the request must be one gRPC message of {type.Name}: its frame says {length} bytes, {body.Length - FrameHeader} came");
        }

        var message = body.AsMemory(FrameHeader);
        if (compressed == 1)
        {
            if (encoding is not "gzip")
            {
                return (StatusCode.InvalidArgument, "a compressed message needs its grpc-encoding (gzip)");
            }

            try
            {
                using var gzip = new GZipStream(new MemoryStream(body, FrameHeader, body.Length - FrameHeader), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                gzip.CopyTo(plain);
                message = plain.ToArray();
            }
            catch (InvalidDataException)
            {
                return (StatusCode.InvalidArgument, "the compressed message is not gzip");
            }
        }

        try
        {
            type.Parser.ParseFrom(message.Span);
            return null;
        }
        catch (InvalidProtocolBufferException)
        {
            return (StatusCode.InvalidArgument, $"the request is not a well-formed {type.Name} message");
        }
    }

    /// <summary>A trailers-only gRPC answer: the status in the headers, with its rule in the details as every refusal has it.</summary>
    private static Task RefuseAsync(HttpResponse response, StatusCode code, string message)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = "grpc.message", Domain = RefusalStatus.ErrorDomain }));
        if (response.StatusCode != StatusCodes.Status415UnsupportedMediaType)
        {
            response.StatusCode = StatusCodes.Status200OK;
        }

        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray()).TrimEnd('=');
        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="WellFormedGrpcRequests"/> first in the service's pipeline.</summary>
internal sealed class WellFormedGrpcRequestsFirst : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<WellFormedGrpcRequests>();
        next(app);
    };
}
