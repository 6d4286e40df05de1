using Cigales.Identity.Store;
using Cigales.Identity.Tokens;
using Cigales.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

builder.Services.AddDbContext<IdentityStore>(options => options
    .UseNpgsql(builder.Configuration.GetConnectionString(IdentityStore.DatabaseName))
    .UseOpenIddict());
// In /health, which the AppHost waits on: without its database the service can issue no token.
builder.Services.AddHealthChecks().AddDbContextCheck<IdentityStore>();
var signingKey = new SigningKeyHolder();
builder.Services.AddSingleton(signingKey);
builder.Services.AddOptions<OpenIddictServerOptions>().Configure<SigningKeyHolder>((options, holder) =>
    options.SigningCredentials.Add(new SigningCredentials(holder.Key, SecurityAlgorithms.RsaSha256)));
builder.Services
    .AddOpenIddict()
    .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityStore>())
    .AddServer(server =>
    {
        server.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'))
            .AllowClientCredentialsFlow()
            .RegisterScopes([.. Scopes.All])
            .SetIssuer(new Uri(builder.Configuration[$"{AuthOptions.Section}:Issuer"] ?? new AuthOptions().Issuer))
            // The services read the tokens as plain signed JWTs.
            .DisableAccessTokenEncryption()
            .AddEphemeralEncryptionKey()
            .UseAspNetCore()
            .EnableTokenEndpointPassthrough()
            // Behind the gateway, inside the system: TLS ends before it, if anywhere.
            .DisableTransportSecurityRequirement();
    });

var app = builder.Build();
signingKey.Set(await IdentityStartup.PrepareAsync(app.Services));

app.MapTokenEndpoint();
app.MapDefaultEndpoints();

app.Run();
