using System.Globalization;
using Cigales.Web.Access;
using Cigales.Web.Api;
using Cigales.Web.SignIn;
using Microsoft.AspNetCore.DataProtection;
using MudBlazor;
using MudBlazor.Services;

namespace Cigales.Web;

public static class WebAppRegistration
{
    /// <summary>The French culture every page formats with: 19/05/2025, 9 900,00 €.</summary>
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// Blazor with interactive server rendering and MudBlazor; the person's sign-in (OpenID Connect
    /// against the identity service, through the gateway); the gateway's gRPC clients, calling
    /// with the person's token.
    /// </summary>
    public static WebApplicationBuilder AddWebApp(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = French;
        CultureInfo.DefaultThreadCurrentUICulture = French;

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Messages at the bottom, three at most: the app bar and its sign-out button stay visible.
        builder.Services.AddMudServices(mud =>
        {
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            mud.SnackbarConfiguration.MaxDisplayedSnackbars = 3;
        });
        builder.Services.AddCascadingAuthenticationState();

        // Sign-in cookies and the tokens kept for each session are protected with this key ring,
        // kept on disk (Web:KeyRing, the data directory locally) so that a restart signs nobody out.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("cigales-web");
        var keyRing = builder.Configuration["Web:KeyRing"];
        if (!string.IsNullOrEmpty(keyRing))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keyRing));
        }

        builder.AddPersonSignIn();
        builder.AddGatewayClients();
        builder.Services.AddScoped<PersonAccess>();
        return builder;
    }

    public static WebApplication UseWebApp(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/erreur", createScopeForErrors: true);
        }

        app.UseRequestLocalization(new RequestLocalizationOptions().SetDefaultCulture(French.Name).AddSupportedCultures(French.Name).AddSupportedUICultures(French.Name));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapSignInEndpoints();
        return app;
    }
}
