using Cigales.Web.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Cigales.Web.Components.Pages.Investissements;

/// <summary>
/// The idempotency key of one form (every form that moves money has one): the same for every retry
/// of the same request, so that a lost answer never moves money twice, and a new one after a
/// success. A request the API refused by a rule of its state is recorded under its key, which then
/// answers that refusal to every retry; so when the person changes such a request, it goes under a
/// new key. A key the API says already holds another request is not used again.
/// </summary>
public sealed class RequestKey
{
    private string _lastSent = string.Empty;
    private bool _spent;

    public string Value { get; private set; } = Guid.NewGuid().ToString();

    /// <summary>Puts the key in the request's <c>request_id</c>, a new one when the request changed after a recorded refusal.</summary>
    public TRequest Stamp<TRequest>(TRequest request)
        where TRequest : IMessage
    {
        var field = request.Descriptor.FindFieldByName("request_id")
            ?? throw new ArgumentException($"{request.Descriptor.FullName} has no request_id", nameof(request));
        field.Accessor.Clear(request);
        var sent = request.ToString() ?? string.Empty;
        if (_spent && sent != _lastSent)
        {
            Value = Guid.NewGuid().ToString();
            _spent = false;
        }

        _lastSent = sent;
        field.Accessor.SetValue(request, Value);
        return request;
    }

    /// <summary>What the API answered to the request last stamped: null for a success.</summary>
    public void Answered(ApiRefusal? refusal)
    {
        if (refusal is null || refusal.Code == StatusCode.AlreadyExists)
        {
            Value = Guid.NewGuid().ToString();
            _spent = false;
            _lastSent = string.Empty;
        }
        else if (refusal.Code == StatusCode.FailedPrecondition)
        {
            _spent = true;
        }
    }
}
