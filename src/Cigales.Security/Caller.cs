using System.Security.Claims;

namespace Cigales.Security;

/// <summary>
/// Who makes a call, from its access token: the subject, the client application the token was
/// issued to, its role and its tenant. Every change records it; every object check reads it.
/// </summary>
public sealed record Caller(string Subject, string Client, string Role, string Tenant)
{
    public const string SubjectClaim = "sub";
    public const string ClientClaim = "client_id";
    public const string RoleClaim = "role";
    public const string TenantClaim = "tenant";

    /// <summary>
    /// The system itself, for what no caller asked at that moment: a reminder resuming an
    /// investment, the daily deadline scan.
    /// </summary>
    public static Caller System { get; } = new("cigales", "cigales", Roles.Staff, string.Empty);

    public bool IsStaff => Role == Roles.Staff;

    /// <summary>How logs name a caller, everywhere alike.</summary>
    public override string ToString() => $"{Role} {Subject} (client {Client}, tenant {Tenant})";

    /// <summary>
    /// The caller a validated token describes. With client credentials the subject is the client
    /// itself; a token that names its client apart (<c>client_id</c>) keeps both.
    /// </summary>
    public static Caller From(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst(SubjectClaim)?.Value ?? string.Empty;
        return new Caller(
            subject,
            principal.FindFirst(ClientClaim)?.Value ?? subject,
            principal.FindFirst(RoleClaim)?.Value ?? string.Empty,
            principal.FindFirst(TenantClaim)?.Value ?? string.Empty);
    }
}
