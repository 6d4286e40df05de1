namespace Cigales.Security;

/// <summary>
/// Who a caller is for the API, as its access token says (<c>role</c> claim). Staff may call every
/// method; the contract names, method by method, which other roles may call it
/// (<c>(cigales.common.v1.access).roles</c>), and the services check that the object asked for is
/// the caller's own (<c>tenant</c> claim: its club, or its organisation).
/// </summary>
public static class Roles
{
    /// <summary>The association's staff: everything.</summary>
    public const string Staff = "staff";

    /// <summary>A club's manager: reads and writes its club (tenant: the club's id).</summary>
    public const string ClubManager = "club-manager";

    /// <summary>A club's treasurer: an officer, with the manager's rights on its club.</summary>
    public const string ClubTreasurer = "club-treasurer";

    /// <summary>A club's secretary: an officer, with the manager's rights on its club.</summary>
    public const string ClubSecretary = "club-secretary";

    /// <summary>A club's member: reads its club (tenant: the club's id).</summary>
    public const string ClubMember = "club-member";

    /// <summary>A partner of the Pôle de la Finance Solidaire: the projects shared with partners and its own co-financings (tenant: its id).</summary>
    public const string Partner = "partner";

    /// <summary>A funder: its own conventions and their reports, read only (tenant: its organisation's id in Grants).</summary>
    public const string Funder = "funder";

    public static IReadOnlyList<string> All { get; } = [Staff, ClubManager, ClubTreasurer, ClubSecretary, ClubMember, Partner, Funder];

    /// <summary>The roles whose tenant is a club.</summary>
    public static bool IsClubRole(string role) => role is ClubManager or ClubTreasurer or ClubSecretary or ClubMember;

    /// <summary>
    /// The role the contract names for this one: it writes the club's officers' rights once, as
    /// the manager's; a treasurer or a secretary has them too.
    /// </summary>
    public static string InContract(string role) => role is ClubTreasurer or ClubSecretary ? ClubManager : role;
}
