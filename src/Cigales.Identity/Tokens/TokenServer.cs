using Cigales.Identity.Store;
using Cigales.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cigales.Identity.Tokens;

public static class TokenServer
{
    public const string EndSessionPath = "/connect/logout";
    public const string RevocationPath = "/connect/revoke";

    /// <summary>
    /// The identity service's database and OpenIddict's server on it: client credentials for
    /// systems; the authorization code flow with PKCE and refresh tokens for people; revocation;
    /// tokens as plain signed JWTs, which the services check with the published keys.
    /// </summary>
    public static IHostApplicationBuilder AddTokenServer(this IHostApplicationBuilder builder, SigningKeyHolder signingKey)
    {
        builder.Services.AddDbContext<IdentityStore>(options => options
            .UseNpgsql(builder.Configuration.GetConnectionString(IdentityStore.DatabaseName))
            .UseOpenIddict());
        // In /health, which the AppHost waits on: without its database the service can issue no token.
        builder.Services.AddHealthChecks().AddDbContextCheck<IdentityStore>();
        builder.Services.AddSingleton(signingKey);
        var keyRing = builder.Configuration["Identity:KeyRing"];
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("cigales-identity");
        if (!string.IsNullOrEmpty(keyRing))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keyRing));
        }

        // The key that signs first; the retired ones after it, published until their tokens expire.
        builder.Services.AddOptions<OpenIddictServerOptions>().Configure<SigningKeyHolder>((options, holder) =>
            options.SigningCredentials.AddRange(holder.Keys.Select(key => new SigningCredentials(key, SecurityAlgorithms.RsaSha256))));
        builder.Services
            .AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityStore>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'))
                    .SetAuthorizationEndpointUris(AuthorizationEndpoint.Path.TrimStart('/'))
                    .SetEndSessionEndpointUris(EndSessionPath.TrimStart('/'))
                    .SetRevocationEndpointUris(RevocationPath.TrimStart('/'))
                    .AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .RegisterScopes([.. Cigales.Security.Scopes.All, .. PersonTokens.OpenIdScopes])
                    .RegisterClaims([Membership.Claim, Claims.Name, Claims.Email])
                    .SetIssuer(new Uri(builder.Configuration[$"{AuthOptions.Section}:Issuer"] ?? new AuthOptions().Issuer))
                    // The services read the access tokens as plain signed JWTs.
                    .DisableAccessTokenEncryption()
                    .AddEphemeralEncryptionKey()
                    // Codes and refresh tokens are read back only here: protected by ASP.NET Core
                    // Data Protection, whose key ring outlives a restart (Identity:KeyRing).
                    .UseDataProtection().PreferDefaultAccessTokenFormat();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // Behind the gateway, inside the system: TLS ends before it, if anywhere.
                    .DisableTransportSecurityRequirement();
            });
        return builder;
    }
}
