using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace Cigales.Identity.Tokens;

/// <summary>
/// Signing out from an application: OpenIddict has checked the client and its post-logout
/// address; the person's session here ends, and they go back to the application (or, when it
/// names no address, to the page that says they are signed out).
/// </summary>
public static class EndSessionEndpoint
{
    public static void MapEndSessionEndpoint(this WebApplication app) =>
        app.MapMethods(TokenServer.EndSessionPath, [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
        {
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Results.SignOut(
                new AuthenticationProperties { RedirectUri = "/compte/deconnexion" },
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }).DisableAntiforgery();
}
