using System.Security.Claims;
using Cigales.Identity.Accounts;
using Cigales.Identity.Clubs;
using Cigales.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cigales.Identity.Tokens;

/// <summary>
/// What a person's tokens say, read afresh from their account each time one is issued (at
/// sign-in and at every refresh): who they are, their memberships, and the scopes asked for that
/// their memberships allow. A person's access token lives minutes; their refresh token is how
/// a change of account (deactivated, removed from a club) reaches the next call.
/// </summary>
public static class PersonTokens
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The scopes the application asked for, kept in the code and the refresh token only (a claim
    /// with no destination): each refresh grants anew those the memberships allow then, so an
    /// office given later widens the next token, as one taken away narrows it.
    /// </summary>
    private const string AskedScopesClaim = "cigales_asked_scopes";

    /// <summary>The scopes asked for at sign-in, as the code or refresh token keeps them.</summary>
    public static IEnumerable<string> AskedScopes(ClaimsPrincipal granted) =>
        granted.GetClaim(AskedScopesClaim) is { } asked ? asked.Split(' ', StringSplitOptions.RemoveEmptyEntries) : granted.GetScopes();

    /// <summary>The OpenID scopes a person's client may ask for, besides the API's.</summary>
    public static readonly IReadOnlyList<string> OpenIdScopes = [OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.Email, OpenIddictConstants.Scopes.OfflineAccess];

    /// <summary>
    /// The memberships the account holds itself (staff, a partner's contact, a funder's officer…)
    /// and, for a person of the clubs' directory, their clubs and offices as the Clubs service
    /// records them today.
    /// </summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(
        Account account, IEnumerable<string> requestedScopes, Store.IdentityStore store, IClubRoles clubRoles, CancellationToken cancellation)
    {
        IReadOnlyList<Membership> memberships =
        [
            .. (await store.Memberships.Where(m => m.AccountId == account.Id).ToListAsync(cancellation)).Select(m => m.ToMembership()),
            .. account.PersonId is { } personId ? await clubRoles.OfPersonAsync(personId, cancellation) : [],
        ];
        memberships = [.. memberships.Distinct()];
        var allowed = memberships.SelectMany(m => Cigales.Security.Scopes.ForRole(m.Role)).Concat(OpenIdScopes).ToHashSet(StringComparer.Ordinal);

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, account.Id);
        identity.SetClaim(Claims.Name, account.FullName);
        identity.SetClaim(Claims.Email, account.Email);
        if (account.PersonId is { Length: > 0 } person)
        {
            identity.SetClaim(Caller.PersonClaim, person);
        }

        identity.SetClaims(Membership.Claim, [.. memberships.Select(m => m.ToString())]);
        var asked = requestedScopes.ToList();
        identity.SetClaim(AskedScopesClaim, string.Join(' ', asked));
        identity.SetScopes(asked.Where(allowed.Contains));
        identity.SetResources(Cigales.Security.Scopes.Audience);
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name or Claims.Email => [Destinations.AccessToken, Destinations.IdentityToken],
            AskedScopesClaim => [],
            _ => [Destinations.AccessToken],
        });

        var principal = new ClaimsPrincipal(identity);
        principal.SetAccessTokenLifetime(AccessTokenLifetime);
        return principal;
    }
}
