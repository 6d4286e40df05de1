using System.Security.Claims;
using Cigales.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Cigales.Web.SignIn;

/// <summary>
/// People sign in with the identity service (authorization code with PKCE, as the public client
/// <c>cigales-web</c>); the app keeps their tokens server-side (<see cref="SessionTokens"/>) and
/// gives the browser only a session cookie. Everything goes through the gateway, whose address is
/// <c>Gateway:Http</c>.
/// </summary>
public static class PersonSignInRegistration
{
    public const string ClientId = "cigales-web";
    public const string SignInPath = "/connexion";
    public const string SignOutPath = "/deconnexion";

    /// <summary>The API's scopes and OpenID Connect's: the token carries those the person's memberships allow.</summary>
    public static readonly IReadOnlyList<string> AskedScopes =
        ["openid", "profile", "email", "offline_access", .. Scopes.All];

    public static WebApplicationBuilder AddPersonSignIn(this WebApplicationBuilder builder)
    {
        var gateway = new Uri(builder.Configuration["Gateway:Http"] ?? "http://localhost:8080");
        var issuer = new Uri(builder.Configuration[$"{AuthOptions.Section}:Issuer"] ?? new AuthOptions().Issuer);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(AccessTokens.HttpClientName);
        builder.Services.AddSingleton(services => new GatewayIdentity(
            issuer, gateway, services.GetRequiredService<IHttpClientFactory>().CreateClient(AccessTokens.HttpClientName)));
        builder.AddRedisClient("redis");
        builder.Services.AddSingleton<SessionTokens>();
        builder.Services.AddScoped<IPersonTokens, AccessTokens>();

        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "cigales";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = SessionTokens.Lifetime;
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = EndWithoutTokensAsync;
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.ClientId = ClientId;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                oidc.Scope.Clear();
                foreach (var scope in AskedScopes)
                {
                    oidc.Scope.Add(scope);
                }

                oidc.MapInboundClaims = false;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.ValidIssuer = issuer.ToString();
                // The tokens live server-side, not in the cookie.
                oidc.SaveTokens = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.RequireHttpsMetadata = false;
                // The code comes back in the address (a top-level GET), so that the correlation
                // cookies can be Lax: a cross-site POST (form_post) would need SameSite=None, which
                // browsers refuse without HTTPS.
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.CallbackPath = "/signin-oidc";
                oidc.SignedOutCallbackPath = "/signout-callback-oidc";
                oidc.Events.OnTokenValidated = KeepTokensAsync;
            });
        // Set once the service provider exists: it reads the discovery document through the gateway.
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<GatewayIdentity>((oidc, identity) => oidc.ConfigurationManager = identity);
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary><c>/connexion</c> (sign in, then back where the person was) and <c>/deconnexion</c> (a form's POST).</summary>
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, (string? retour) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = LocalOnly(retour) },
            [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();

        endpoints.MapPost(SignOutPath, async (HttpContext http, SessionTokens sessions) =>
        {
            if (http.User.FindFirst(AccessTokens.SessionClaim)?.Value is { } session)
            {
                await sessions.RemoveAsync(session);
            }

            return Results.SignOut(
                new AuthenticationProperties { RedirectUri = "/" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        }).RequireAuthorization();
        return endpoints;
    }

    /// <summary>Only a path of this app: a sign-in link never sends a person elsewhere.</summary>
    private static string LocalOnly(string? path) =>
        path is { Length: > 0 } && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal) ? path : "/";

    private static async Task KeepTokensAsync(TokenValidatedContext context)
    {
        var answer = context.TokenEndpointResponse ?? throw new InvalidOperationException("signed in without a token endpoint's answer");
        var expiresIn = int.TryParse(answer.ExpiresIn, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : 300;
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var session = await context.HttpContext.RequestServices.GetRequiredService<SessionTokens>()
            .CreateAsync(new SessionTokenSet(answer.AccessToken, answer.RefreshToken, clock.GetUtcNow().AddSeconds(expiresIn)));
        if (context.Principal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(AccessTokens.SessionClaim, session));
        }
    }

    /// <summary>A cookie whose session has no tokens left (signed out, or its refresh refused) signs the browser out.</summary>
    private static async Task EndWithoutTokensAsync(CookieValidatePrincipalContext context)
    {
        var session = context.Principal?.FindFirst(AccessTokens.SessionClaim)?.Value;
        if (session is null || await context.HttpContext.RequestServices.GetRequiredService<SessionTokens>().GetAsync(session) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
