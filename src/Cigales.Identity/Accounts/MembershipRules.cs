using Cigales.Security;
using Cigales.SharedKernel;

namespace Cigales.Identity.Accounts;

/// <summary>What a membership given to an account must be: <c>role:object</c>, a known role, an object for every role but staff.</summary>
public static class MembershipRules
{
    public static IReadOnlyList<Refusal> Problems(IReadOnlyList<string> memberships)
    {
        var refusals = new List<Refusal>();
        foreach (var (text, index) in memberships.Select((text, index) => (text, index)))
        {
            if (Membership.Parse(text) is not { } membership)
            {
                refusals.Add(Refusal.Invalid($"memberships[{index}]", "membership.role", $"'{text}' is not role:object with a role among {string.Join(", ", Roles.All)}"));
            }
            else if ((membership.Role == Roles.Staff) != (membership.ObjectId.Length == 0))
            {
                refusals.Add(Refusal.Invalid($"memberships[{index}]", "membership.object", membership.Role == Roles.Staff
                    ? "staff is a role on the association: write it 'staff:'"
                    : $"{membership.Role} is a role on a club or an organisation: name its id after the colon"));
            }
        }

        return refusals;
    }
}
