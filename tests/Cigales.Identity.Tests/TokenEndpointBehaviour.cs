using System.Net;
using System.Text.Json;
using Cigales.Identity.Store;
using Cigales.Security;
using Cigales.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

[assembly: AssemblyFixture(typeof(PostgresServer))]
[assembly: AssemblyFixture(typeof(SmtpServer))]

namespace Cigales.Identity.Tests;

/// <summary>The identity service in-process on its own database, with a staff client and a partner client.</summary>
public sealed class IdentityHost(PostgresServer postgres, SmtpServer smtp) : ServiceFactory<IdentityStore>(postgres, IdentityStore.DatabaseName, "identity")
{
    /// <summary>Where the links in mails point: the tests follow them on the in-memory server.</summary>
    public const string PublicUrl = "http://localhost";

    public SmtpServer Mail => smtp;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Clients.Configure(builder);
        builder.UseSetting("Smtp:Host", smtp.Host);
        builder.UseSetting("Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Identity:PublicUrl", PublicUrl);
    }
}

/// <summary>Another identity service process on a given database (one already used, or of another server).</summary>
internal sealed class IdentityOnDatabase(string connectionString, Action<IWebHostBuilder>? configure = null) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<IdentityStore>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{IdentityStore.DatabaseName}", connectionString);
        Clients.Configure(builder);
        configure?.Invoke(builder);
    }
}

internal static class Clients
{
    public const string StaffSecret = "staff-secret";

    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Identity:Clients:0:ClientId", "staff-app");
        builder.UseSetting("Identity:Clients:0:Secret", StaffSecret);
        builder.UseSetting("Identity:Clients:0:Role", "staff");
        builder.UseSetting("Identity:Clients:1:ClientId", "pas-de-calais-actif");
        builder.UseSetting("Identity:Clients:1:Secret", "partner-secret");
        builder.UseSetting("Identity:Clients:1:Role", "partner");
        builder.UseSetting("Identity:Clients:1:Tenant", "organisation-pca");
        builder.UseSetting("Identity:Clients:1:Scopes:0", "finance.read");
        builder.UseSetting("Identity:Clients:2:ClientId", People.WebClient);
        builder.UseSetting("Identity:Clients:2:RedirectUris:0", People.WebRedirect);
        People.Configure(builder);
    }
}

[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityHost>
{
    public const string Name = "identity service";
}

[Collection(IdentityCollection.Name)]
public sealed class TokenEndpointBehaviour(IdentityHost identity)
{
    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(field => new KeyValuePair<string, string>(field.Key, field.Value)));

    private static async Task<JsonElement> TokenAsync(HttpClient client, string id, string secret, string scope = "")
    {
        var response = await client.PostAsync("/connect/token", Form(("grant_type", "client_credentials"), ("client_id", id), ("client_secret", secret), ("scope", scope)));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task AStaffClientGetsATokenForEveryScopeOfTheApi()
    {
        var token = new JsonWebToken((await TokenAsync(identity.CreateClient(), "staff-app", Clients.StaffSecret)).GetProperty("access_token").GetString());

        Assert.Equal(("staff-app", "staff:", Scopes.Audience), (token.Subject, token.GetClaim("membership").Value, token.Audiences.Single()));
        Assert.Equal(Scopes.All.Order(), token.GetClaim("scope").Value.Split(' ').Order());
        Assert.Equal(new AuthOptions().Issuer, token.Issuer);
        Assert.Equal("RS256", token.Alg);
    }

    [Fact]
    public async Task APartnersTokenNamesItsOrganisationAndOnlyItsScopes()
    {
        var answer = await TokenAsync(identity.CreateClient(), "pas-de-calais-actif", "partner-secret");
        var refused = await TokenAsync(identity.CreateClient(), "pas-de-calais-actif", "partner-secret", "finance.write");

        var token = new JsonWebToken(answer.GetProperty("access_token").GetString());
        Assert.Equal(("partner:organisation-pca", "finance.read"), (token.GetClaim("membership").Value, token.GetClaim("scope").Value));
        // OpenIddict answers invalid_request when a client asks for a scope it is not allowed.
        Assert.Equal("invalid_request", refused.GetProperty("error").GetString());
        Assert.Contains("scope", refused.GetProperty("error_description").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWrongSecretGetsNoToken()
    {
        var response = await identity.CreateClient().PostAsync("/connect/token",
            Form(("grant_type", "client_credentials"), ("client_id", "staff-app"), ("client_secret", "guess")));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("invalid_client", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task TheSigningKeySurvivesARestart()
    {
        var before = await TokenAsync(identity.CreateClient(), "staff-app", Clients.StaffSecret);
        var keys = await identity.CreateClient().GetStringAsync("/.well-known/jwks");

        // Another process on the same database: the same key signs and is published.
        await using var restarted = new IdentityOnDatabase(identity.ConnectionString);
        var published = new JsonWebKeySet(await restarted.CreateClient().GetStringAsync("/.well-known/jwks"));
        var after = new JsonWebToken((await TokenAsync(restarted.CreateClient(), "staff-app", Clients.StaffSecret)).GetProperty("access_token").GetString());

        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(before.GetProperty("access_token").GetString(), new TokenValidationParameters
        {
            ValidIssuer = new AuthOptions().Issuer,
            ValidAudience = Scopes.Audience,
            IssuerSigningKeys = published.GetSigningKeys(),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal(new JsonWebKeySet(keys).Keys.Single().Kid, after.Kid);
    }
}
