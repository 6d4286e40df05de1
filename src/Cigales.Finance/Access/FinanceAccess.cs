using Cigales.Contracts.Finance.V1;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.Security;
using Cigales.ServiceKit.Access;
using Cigales.SharedKernel;
using Google.Protobuf;

namespace Cigales.Finance.Access;

/// <summary>
/// A partner reaches the projects shared with the partners now, and its own co-financings only
/// (the partner ids its memberships name). A project that is not shared is answered as if it did not
/// exist; another partner's co-financing is NOT_FOUND when read, and writing one is refused.
/// A partner refers holders and lists its referrals under its own id only. A club's officers and
/// members reach their own club's department projects only (another club is NOT_FOUND).
/// Every refusal is recorded in the project's history.
/// </summary>
public sealed class FinanceAccess(IGrainFactory grains) : IObjectAccess
{
    public async ValueTask<ObjectRefusal?> CheckAsync(Caller caller, ContractMethod method, IMessage request, CancellationToken cancellationToken)
    {
        if (!caller.IsStaff && caller.HoldsAny(Roles.IsClubRole) && RequestFields.Text(request, "club_id") is { } clubId
            && !caller.ObjectsAs(Roles.IsClubRole, method).Contains(clubId))
        {
            return new ObjectRefusal(clubId, Unknown.Club(clubId));
        }

        if (!caller.HoldsAny(IsPartner))
        {
            return null;
        }

        var projectId = RequestFields.Text(request, "project_holder_id");
        if (RequestFields.Text(request, "partner_id") is { } partnerId && !caller.ObjectsAs(IsPartner, method).Contains(partnerId))
        {
            return new ObjectRefusal(projectId ?? partnerId, request switch
            {
                RecordPartnerCoFinancingRequest => new Refusal(RefusalKind.PermissionDenied, "partner_id", "co_financing.own", "a partner records its own co-financing only"),
                ReferProjectHolderRequest or ListReferredHoldersRequest =>
                    new Refusal(RefusalKind.PermissionDenied, "partner_id", "referral.own", "a partner refers holders and sees its referrals under its own id only"),
                _ => SharingRules.NoCoFinancing(projectId ?? string.Empty, partnerId),
            });
        }

        if (projectId is not null && await grains.GetGrain<IProjectHolderGrain>(projectId).GetSharedAsync() is not { IsWithdrawn: false })
        {
            return new ObjectRefusal(projectId, SharingRules.NotShared(projectId));
        }

        return null;
    }

    public static bool IsPartner(string role) => role == Roles.Partner;
}
