using Cigales.Identity.Accounts;
using Cigales.Identity.Clubs;
using Cigales.Identity.Store;
using Grpc.Core;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace Cigales.Identity.Tokens;

/// <summary>
/// The authorization endpoint of the code flow, after OpenIddict has checked the client, its
/// redirect address and the PKCE challenge: a person not signed in goes to the sign-in page and
/// comes back; a signed-in, active person gets a code for the scopes their memberships allow.
/// The applications are the association's own: no consent screen.
/// </summary>
public static class AuthorizationEndpoint
{
    public const string Path = "/connect/authorize";

    public static void MapAuthorizationEndpoint(this WebApplication app) =>
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).DisableAntiforgery();

    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<Account> users, IdentityStore store, IClubRoles clubRoles, ILogger<Account> logger)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
        var signedIn = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var account = signedIn.Succeeded ? await users.GetUserAsync(signedIn.Principal) : null;
        if (account is null || !account.Active)
        {
            // Back here, with the same request, once signed in.
            var back = http.Request.PathBase + http.Request.Path + QueryString.Create(
                http.Request.HasFormContentType ? [.. http.Request.Form.Select(field => new KeyValuePair<string, string?>(field.Key, field.Value))] : [.. http.Request.Query.Select(field => new KeyValuePair<string, string?>(field.Key, field.Value))]);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [IdentityConstants.ApplicationScheme]);
        }

        try
        {
            var principal = await PersonTokens.PrincipalAsync(account, request.GetScopes(), store, clubRoles, http.RequestAborted);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        catch (RpcException exception)
        {
            logger.LogWarning(exception, "No code for account {AccountId}: the Clubs service did not answer", account.Id);
            return TokenEndpoint.Refused(OpenIddictConstants.Errors.ServerError, "the clubs' record could not be read; try again in a moment");
        }
    }
}
