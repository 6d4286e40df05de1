using Cigales.Contracts.Grants.V1;
using Cigales.Grants.Projections;
using Cigales.Security;
using Cigales.ServiceKit.Access;
using Cigales.SharedKernel;
using Google.Protobuf;
using Marten;

namespace Cigales.Grants.Access;

/// <summary>
/// A funder's officer reaches their funder's conventions only (the membership's object is the
/// funder's organisation id, the convention's funder). Another funder's convention is answered as
/// if it did not exist (NOT_FOUND); asking to list another funder's conventions is refused
/// (PERMISSION_DENIED), and their own funders' list is all they ever get.
/// </summary>
public sealed class GrantsAccess(IDocumentStore store) : IObjectAccess
{
    public async ValueTask<ObjectRefusal?> CheckAsync(Caller caller, ContractMethod method, IMessage request, CancellationToken cancellationToken)
    {
        if (!caller.HoldsAny(IsFunder))
        {
            return null;
        }

        var funders = caller.ObjectsAs(IsFunder, method);
        if (request is ListConventionsRequest list)
        {
            return list.FunderId.Length == 0 || funders.Contains(list.FunderId)
                ? null
                : new ObjectRefusal(list.FunderId, new Refusal(
                    RefusalKind.PermissionDenied, "funder_id", "funder.own_conventions", "a funder lists its own conventions only"));
        }

        var conventionId = RequestFields.Text(request, "convention_id") ?? string.Empty;
        await using var session = store.QuerySession();
        var convention = conventionId.Length == 0 ? null : await session.LoadAsync<ConventionView>(conventionId, cancellationToken);
        return convention is not null && funders.Contains(convention.State.Terms.Funder.OrganisationId)
            ? null
            : new ObjectRefusal(conventionId, Unknown.Convention(conventionId));
    }

    public static bool IsFunder(string role) => role == Roles.Funder;
}
