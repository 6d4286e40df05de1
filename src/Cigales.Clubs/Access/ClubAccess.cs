using Cigales.Security;
using Cigales.ServiceKit.Access;
using Cigales.SharedKernel;
using Google.Protobuf;

namespace Cigales.Clubs.Access;

/// <summary>
/// A club's manager and members reach their own club only: the request's <c>club_id</c> must be
/// their token's tenant. Another club is answered as if it did not exist (NOT_FOUND), so that
/// probing club ids tells nothing. The contract lets these roles call only methods about one club.
/// </summary>
public sealed class ClubAccess : IObjectAccess
{
    public ValueTask<ObjectRefusal?> CheckAsync(Caller caller, ContractMethod method, IMessage request, CancellationToken cancellationToken)
    {
        if (!Roles.IsClubRole(caller.Role))
        {
            return ValueTask.FromResult<ObjectRefusal?>(null);
        }

        var clubId = RequestFields.Text(request, "club_id") ?? string.Empty;
        return ValueTask.FromResult(clubId.Length > 0 && clubId == caller.Tenant
            ? null
            : new ObjectRefusal(clubId, Unknown.Club(clubId)));
    }
}
