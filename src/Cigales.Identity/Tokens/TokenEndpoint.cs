using System.Security.Claims;
using Cigales.Identity.Store;
using Microsoft.AspNetCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cigales.Identity.Tokens;

/// <summary>
/// The token endpoint, after OpenIddict has checked the client, its secret and the scopes it asks
/// for: the access token names the client (subject), its role and what it acts for (tenant), and
/// the scopes — all the client may have when it asks for none — for the API's audience.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static void MapTokenEndpoint(this WebApplication app) => app.MapPost(Path, IssueAsync);

    private static async Task<IResult> IssueAsync(HttpContext http, IOpenIddictApplicationManager applications)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
        if (!request.IsClientCredentialsGrantType())
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict let an unknown client through");
        var properties = await applications.GetPropertiesAsync(application);
        string Property(string name) => properties.TryGetValue(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application));
        identity.SetClaim(Claims.Role, Property(ClientProperties.Role));
        identity.SetClaim(ClientProperties.Tenant, Property(ClientProperties.Tenant));

        var permitted = (await applications.GetPermissionsAsync(application))
            .Where(permission => permission.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(permission => permission[Permissions.Prefixes.Scope.Length..]);
        identity.SetScopes(request.GetScopes().IsEmpty ? permitted : request.GetScopes());
        identity.SetResources(Cigales.Security.Scopes.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
