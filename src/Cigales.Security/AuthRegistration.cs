using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Cigales.Security;

/// <summary>How a process checks the bearer tokens, from the configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The identity service's issuer, as its tokens name it.</summary>
    public string Issuer { get; set; } = "http://identity.cigales/";

    /// <summary>
    /// The public key (PEM) tokens are signed with, when it is given rather than fetched from the
    /// identity service (the tests do so); otherwise the keys come from the identity service's
    /// metadata, found by service discovery (<c>services:identity:http:0</c>).
    /// </summary>
    public string SigningKey { get; set; } = string.Empty;
}

public static class AuthRegistration
{
    /// <summary>Bearer tokens on every call: signed by the identity service, for the API's audience, not expired.</summary>
    public static IHostApplicationBuilder AddCigalesAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Audience = Scopes.Audience;
                jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
                jwt.TokenValidationParameters.NameClaimType = "sub";
                jwt.TokenValidationParameters.RoleClaimType = "role";
                // An expired token is refused within seconds, not the default five minutes.
                jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(5);
                if (options.SigningKey.Length > 0)
                {
                    var rsa = RSA.Create();
                    rsa.ImportFromPem(options.SigningKey);
                    jwt.TokenValidationParameters.IssuerSigningKey = new RsaSecurityKey(rsa);
                }
                else
                {
                    var identity = builder.Configuration["services:identity:http:0"]
                        ?? throw new InvalidOperationException("no Auth:SigningKey and no identity service to fetch the signing keys from (services:identity:http:0)");
                    jwt.MetadataAddress = $"{identity.TrimEnd('/')}/.well-known/openid-configuration";
                    // Inside the system, between processes: plain HTTP, as every other internal call.
                    jwt.RequireHttpsMetadata = false;
                }
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
