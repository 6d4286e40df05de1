using System.Security.Claims;
using Cigales.Identity.Accounts;
using Cigales.Identity.Clubs;
using Grpc.Core;
using Cigales.Identity.Store;
using Cigales.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cigales.Identity.Tokens;

/// <summary>
/// The token endpoint, after OpenIddict has checked the client, its secret or PKCE verifier, and
/// the code or refresh token. For a system (client credentials), the access token names the
/// client (subject), its membership — role and what it acts for — and the scopes, all the
/// client may have when it asks for none. For a person (authorization code, refresh token), the
/// account is read again: deactivated or locked out, the refresh is refused; otherwise the new
/// tokens carry the memberships as they are now.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static void MapTokenEndpoint(this WebApplication app) => app.MapPost(Path, IssueAsync).DisableAntiforgery();

    private static async Task<IResult> IssueAsync(
        HttpContext http, IOpenIddictApplicationManager applications, UserManager<Account> users, IdentityStore store, IClubRoles clubRoles, ILogger<Account> logger)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
        if (request.IsClientCredentialsGrantType())
        {
            return await ForClientAsync(request, applications);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var account = granted.Principal?.GetClaim(Claims.Subject) is { } accountId ? await users.FindByIdAsync(accountId) : null;
            if (account is null || !account.Active || await users.IsLockedOutAsync(account))
            {
                return Refused(Errors.InvalidGrant, "the account is no longer active");
            }

            try
            {
                return Results.SignIn(
                    await PersonTokens.PrincipalAsync(account, PersonTokens.AskedScopes(granted.Principal!), store, clubRoles, http.RequestAborted),
                    authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }
            catch (RpcException exception)
            {
                // Without the clubs' record, a token could grant an office no longer held: none is given.
                logger.LogWarning(exception, "No token for account {AccountId}: the Clubs service did not answer", account.Id);
                return Refused(Errors.ServerError, "the clubs' record could not be read; try again in a moment");
            }
        }

        return Refused(Errors.UnsupportedGrantType, "this grant type is not served");
    }

    private static async Task<IResult> ForClientAsync(OpenIddictRequest request, IOpenIddictApplicationManager applications)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict let an unknown client through");
        var properties = await applications.GetPropertiesAsync(application);
        string Property(string name) => properties.TryGetValue(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application));
        identity.SetClaim(Membership.Claim, new Membership(Property(ClientProperties.Role), Property(ClientProperties.Tenant)).ToString());

        var permitted = (await applications.GetPermissionsAsync(application))
            .Where(permission => permission.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(permission => permission[Permissions.Prefixes.Scope.Length..]);
        identity.SetScopes(request.GetScopes().IsEmpty ? permitted : request.GetScopes());
        identity.SetResources(Cigales.Security.Scopes.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>An OpenID Connect error, as OpenIddict writes it for the endpoint (JSON, or a redirect to the client).</summary>
    internal static IResult Refused(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
