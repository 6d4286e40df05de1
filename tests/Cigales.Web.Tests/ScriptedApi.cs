using Google.Protobuf;
using Grpc.Core;

namespace Cigales.Web.Tests;

/// <summary>
/// The gateway's gRPC API as a screen test scripts it: each method answers what the test says
/// (an answer, or a refusal), and every request sent is kept, to check what a screen sent. The
/// contract's generated clients run over it unchanged.
/// </summary>
public sealed class ScriptedApi : CallInvoker
{
    private readonly Dictionary<string, Func<IMessage, IMessage>> _answers = new(StringComparer.Ordinal);
    private readonly List<(string Method, IMessage Request)> _sent = [];

    /// <summary>Every request sent, in order, with its method's name (<c>GetClub</c>).</summary>
    public IReadOnlyList<(string Method, IMessage Request)> Sent => _sent;

    public IEnumerable<TRequest> SentTo<TRequest>(string method) =>
        _sent.Where(call => call.Method == method).Select(call => call.Request).OfType<TRequest>();

    /// <summary>The method (by its name, <c>GetClub</c>) answers this.</summary>
    public ScriptedApi Answer<TRequest, TResponse>(string method, Func<TRequest, TResponse> answer)
        where TRequest : IMessage
        where TResponse : IMessage
    {
        _answers[method] = request => answer((TRequest)request);
        return this;
    }

    /// <summary>The method refuses, as the services do: a status whose details name the field and the rule.</summary>
    public ScriptedApi Refuse(string method, RpcException refusal)
    {
        _answers[method] = _ => throw refusal;
        return this;
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var answer = Call(method, request);
        return new AsyncUnaryCall<TResponse>(answer, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        Call(method, request).GetAwaiter().GetResult();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException("the web app calls no streaming method");

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException("the web app calls no streaming method");

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException("the web app calls no streaming method");

    private Task<TResponse> Call<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request)
    {
        var message = (IMessage)request!;
        _sent.Add((method.Name, message));
        if (!_answers.TryGetValue(method.Name, out var answer))
        {
            return Task.FromException<TResponse>(new RpcException(new Status(StatusCode.Unimplemented, $"the test did not script {method.FullName}")));
        }

        try
        {
            return Task.FromResult((TResponse)answer(message));
        }
        catch (RpcException refusal)
        {
            return Task.FromException<TResponse>(refusal);
        }
    }
}
