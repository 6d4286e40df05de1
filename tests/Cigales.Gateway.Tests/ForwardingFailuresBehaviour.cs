using Cigales.Gateway.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Yarp.ReverseProxy.Forwarder;

namespace Cigales.Gateway.Tests;

/// <summary>A call its service cut in the middle gets UNAVAILABLE, never the proxy's 400 that a gRPC client reads as INTERNAL.</summary>
public sealed class ForwardingFailuresBehaviour
{
    private sealed record Failure(ForwarderError Error, Exception? Exception) : IForwarderErrorFeature;

    private static DefaultHttpContext Forwarded(string contentType, ForwarderError error, int status, bool clientGone = false)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider() };
        context.Request.ContentType = contentType;
        context.Response.Body = new MemoryStream();
        if (clientGone)
        {
            var aborted = new CancellationTokenSource();
            aborted.Cancel();
            context.RequestAborted = aborted.Token;
        }

        context.Features.Set<IForwarderErrorFeature>(new Failure(error, new IOException("the destination reset the stream")));
        context.Response.StatusCode = status;
        return context;
    }

    [Fact]
    public async Task AGrpcCallCutWhileItsBodyWasForwardedIsUnavailable()
    {
        var context = Forwarded("application/grpc", ForwarderError.RequestBodyClient, 400);

        await ForwardingFailures.InvokeAsync(context, () => Task.CompletedTask);

        Assert.Equal((200, "14"), (context.Response.StatusCode, context.Response.Headers["grpc-status"].ToString()));
    }

    [Fact]
    public async Task AJsonCallCutSoIs503()
    {
        var context = Forwarded("application/json", ForwarderError.RequestBodyClient, 400);

        await ForwardingFailures.InvokeAsync(context, () => Task.CompletedTask);

        Assert.Equal(503, context.Response.StatusCode);
    }

    [Theory]
    [InlineData(ForwarderError.RequestBodyClient, 400, true)]   // the client really went: nobody to answer
    [InlineData(ForwarderError.RequestTimedOut, 504, false)]    // a deadline: 504 says so
    [InlineData(ForwarderError.Request, 502, false)]            // gRPC clients already read 502 as UNAVAILABLE
    [InlineData(ForwarderError.RequestBodyClient, 413, false)]  // a body over the limit
    public async Task AnyOtherEndIsLeftAsTheProxyAnswered(ForwarderError error, int status, bool clientGone)
    {
        var context = Forwarded("application/grpc", error, status, clientGone);

        await ForwardingFailures.InvokeAsync(context, () => Task.CompletedTask);

        Assert.Equal(status, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("grpc-status"));
    }
}
