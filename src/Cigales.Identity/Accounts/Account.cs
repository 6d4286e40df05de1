using Cigales.Security;
using Microsoft.AspNetCore.Identity;

namespace Cigales.Identity.Accounts;

/// <summary>
/// A person who signs in: staff of the association, a club's officer or member, a partner's
/// contact, a funder's officer. ASP.NET Core Identity keeps the e-mail, the hashed password and
/// the lockout; what the person may do is their <see cref="Memberships"/>.
/// </summary>
public sealed class Account : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>A deactivated person cannot sign in, and their refresh tokens are refused at the next use.</summary>
    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The person this account is, in the Clubs service's directory, when they are in clubs: their
    /// clubs and offices are read from there at each token (<see cref="Clubs.IClubRoles"/>).
    /// </summary>
    public string? PersonId { get; set; }

    public List<AccountMembership> Memberships { get; set; } = [];
}

/// <summary>
/// A role on an object: staff of the association (no object), manager, treasurer, secretary or
/// member of a club, contact of a partner organisation, officer of a funder.
/// </summary>
/// <param name="ObjectId">The club's or organisation's id; empty for staff.</param>
public sealed record AccountMembership(string AccountId, string Role, string ObjectId)
{
    public Membership ToMembership() => new(Role, ObjectId);
}
