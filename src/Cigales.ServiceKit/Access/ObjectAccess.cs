using Cigales.Security;
using Cigales.SharedKernel;
using Google.Protobuf;

namespace Cigales.ServiceKit.Access;

/// <summary>
/// A service's check that what a caller asks for is its own: a club's member asks for its club, a
/// funder for its conventions, a partner for its co-financings. Staff are not checked. Registered
/// by each service whose methods other roles may call.
/// </summary>
public interface IObjectAccess
{
    /// <returns>Null when the caller may reach the object; otherwise the refusal to answer and the object it concerns.</returns>
    ValueTask<ObjectRefusal?> CheckAsync(Caller caller, ContractMethod method, IMessage request, CancellationToken cancellationToken);
}

/// <summary>
/// A refused attempt on an object: the id of the object asked for (whose history records the
/// attempt) and the refusal the caller gets — the same, for a read, as when no such object exists,
/// so that a refusal does not tell that the object is there.
/// </summary>
public sealed record ObjectRefusal(string ObjectId, Refusal Refusal);

public static class RequestFields
{
    /// <summary>The value of a text field of the request, by its name in the contract; null when the message has no such field.</summary>
    public static string? Text(IMessage request, string name) =>
        request.Descriptor.FindFieldByName(name)?.Accessor.GetValue(request) as string;
}
