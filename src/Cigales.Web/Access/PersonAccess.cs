using Cigales.Security;
using Cigales.Web.SignIn;
using Google.Protobuf.Reflection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Cigales.Web.Access;

/// <summary>
/// What the signed-in person may do, read from their access token's memberships and the contract's
/// own rules (<see cref="ContractMethods"/>): the app offers an action only when one of the person's
/// roles may call the method behind it. The API checks again, object by object.
/// </summary>
public sealed class PersonAccess(IPersonTokens tokens)
{
    private Caller? _caller;

    public async Task<Caller> CallerAsync()
    {
        if (_caller is null)
        {
            var token = new JsonWebToken(await tokens.CurrentAsync());
            _caller = new Caller(
                token.Subject,
                token.TryGetPayloadValue<string>(Caller.NameClaim, out var name) ? name : token.Subject,
                PersonSignInRegistration.ClientId,
                Caller.ParseMemberships(token.Claims.Where(claim => claim.Type == Membership.Claim).Select(claim => claim.Value)));
        }

        return _caller;
    }

    /// <summary>The person of the clubs' directory the signed-in account is; empty when it is none.</summary>
    public async Task<string> PersonIdAsync()
    {
        var token = new JsonWebToken(await tokens.CurrentAsync());
        return token.TryGetPayloadValue<string>(Caller.PersonClaim, out var person) ? person : string.Empty;
    }

    /// <summary>Whether one of the person's roles may call this method of the contract.</summary>
    public async Task<bool> MayAsync(MethodDescriptor method)
    {
        var contract = ContractMethods.ForGrpcPath($"/{method.Service.FullName}/{method.Name}")
            ?? throw new ArgumentException($"{method.FullName} is not a method of the contract", nameof(method));
        return (await CallerAsync()).MayCall(contract);
    }

    /// <summary>Whether the person may call the method on this object (a club of theirs, for a club role).</summary>
    public async Task<bool> MayOnAsync(MethodDescriptor method, string objectId)
    {
        var caller = await CallerAsync();
        if (caller.IsStaff)
        {
            return true;
        }

        var contract = ContractMethods.ForGrpcPath($"/{method.Service.FullName}/{method.Name}")
            ?? throw new ArgumentException($"{method.FullName} is not a method of the contract", nameof(method));
        return caller.Memberships.Any(membership => membership.ObjectId == objectId && contract.Allows(membership.Role));
    }
}
