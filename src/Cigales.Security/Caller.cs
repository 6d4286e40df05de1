using System.Security.Claims;

namespace Cigales.Security;

/// <summary>
/// Who makes a call, from its access token: the subject (a person's account id, or a system's
/// client id), the name to show for it, the client application the token was issued to, and the
/// caller's memberships — what it may reach. Every change records it; every object check reads it.
/// </summary>
public sealed record Caller(string Subject, string Name, string Client, IReadOnlyList<Membership> Memberships)
{
    public const string SubjectClaim = "sub";
    public const string NameClaim = "name";
    public const string ClientClaim = "client_id";

    /// <summary>The person in the clubs' directory the account is, when it is one (their own statement is theirs to read).</summary>
    public const string PersonClaim = "person";

    /// <summary>
    /// The system itself, for what no caller asked at that moment: a reminder resuming an
    /// investment, the daily deadline scan.
    /// </summary>
    public static Caller System { get; } = new("cigales", "Cigales", "cigales", [new Membership(Roles.Staff, string.Empty)]);

    public bool IsStaff => Memberships.Any(membership => membership.Role == Roles.Staff);

    /// <summary>Whether one of the caller's roles may call the method.</summary>
    public bool MayCall(ContractMethod method) => Memberships.Any(membership => method.Allows(membership.Role));

    /// <summary>Whether the caller holds a role of this kind (a club's role, a partner's…).</summary>
    public bool HoldsAny(Func<string, bool> kind) => Memberships.Any(membership => kind(membership.Role));

    /// <summary>The objects the caller holds a role of this kind on, that the method allows (its clubs, its organisations).</summary>
    public IReadOnlyList<string> ObjectsAs(Func<string, bool> kind, ContractMethod? method = null) =>
        [.. Memberships.Where(m => kind(m.Role) && (method is null || method.Allows(m.Role))).Select(m => m.ObjectId).Distinct()];

    /// <summary>Why none of the caller's roles may call a method: the gateway and the services say it in the same words.</summary>
    public string RolesRefusal()
    {
        var roles = Memberships.Select(membership => $"'{membership.Role}'").Distinct().ToList();
        return roles.Count switch
        {
            0 => "the token names no role",
            1 => $"the role {roles[0]} may not call this method",
            _ => $"none of the roles {string.Join(", ", roles)} may call this method",
        };
    }

    /// <summary>The memberships as one text (<c>club-treasurer:abc club-member:def</c>), as headers and logs carry them.</summary>
    public string MembershipsText => string.Join(' ', Memberships);

    /// <summary>How logs name a caller, everywhere alike.</summary>
    public override string ToString() => $"{Subject} '{Name}' (client {Client}; {MembershipsText})";

    /// <summary>
    /// The caller a validated token describes. With client credentials the subject is the client
    /// itself; a token that names its client apart (<c>client_id</c>) keeps both.
    /// </summary>
    public static Caller From(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst(SubjectClaim)?.Value ?? string.Empty;
        return new Caller(
            subject,
            principal.FindFirst(NameClaim)?.Value ?? subject,
            principal.FindFirst(ClientClaim)?.Value ?? subject,
            ParseMemberships(principal.FindAll(Membership.Claim).Select(claim => claim.Value)));
    }

    /// <summary>Memberships from their texts (claims, or one text split at spaces); what does not read as one is left out.</summary>
    public static IReadOnlyList<Membership> ParseMemberships(IEnumerable<string> texts) =>
        [.. texts.SelectMany(text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Membership.Parse).OfType<Membership>().Distinct()];
}
