using Cigales.Security;
using Cigales.ServiceKit.Access;
using Cigales.SharedKernel;
using Google.Protobuf;

namespace Cigales.Clubs.Access;

/// <summary>
/// A club's officers and members reach their own clubs only: the request's <c>club_id</c> must be
/// a club their token gives them a role on that the method allows (a member of one club and the
/// treasurer of another writes to the second only). Another club is answered as if it did not
/// exist (NOT_FOUND), so that probing club ids tells nothing. The contract lets these roles call
/// only methods about one club.
/// </summary>
public sealed class ClubAccess : IObjectAccess
{
    public ValueTask<ObjectRefusal?> CheckAsync(Caller caller, ContractMethod method, IMessage request, CancellationToken cancellationToken)
    {
        if (!caller.HoldsAny(Roles.IsClubRole))
        {
            return ValueTask.FromResult<ObjectRefusal?>(null);
        }

        var clubId = RequestFields.Text(request, "club_id") ?? string.Empty;
        return ValueTask.FromResult(clubId.Length > 0 && caller.ObjectsAs(Roles.IsClubRole, method).Contains(clubId)
            ? null
            : new ObjectRefusal(clubId, Unknown.Club(clubId)));
    }
}
