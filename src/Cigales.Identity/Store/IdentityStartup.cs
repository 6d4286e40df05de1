using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cigales.Identity.Store;

/// <summary>A client of the API as the configuration declares it (section <c>Identity:Clients</c>).</summary>
public sealed class ClientDefinition
{
    public string ClientId { get; set; } = string.Empty;

    public string Secret { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>staff, partner, funder, club-manager or club-member.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>What the client acts for: the partner organisation, the funder, the club; empty for staff.</summary>
    public string Tenant { get; set; } = string.Empty;

    /// <summary>The scopes it may ask for; all of them for staff when none is listed.</summary>
    public List<string> Scopes { get; set; } = [];
}

/// <summary>
/// Before the first request: the database exists, the signing key is there (created once, then
/// read at every start), and the configured clients are registered or brought up to date.
/// </summary>
public static class IdentityStartup
{
    public static async Task<RsaSecurityKey> PrepareAsync(IServiceProvider services, CancellationToken cancellation = default)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IdentityStore>();
        await store.Database.EnsureCreatedAsync(cancellation);

        var key = await store.SigningKeys.OrderBy(record => record.CreatedAt).FirstOrDefaultAsync(cancellation);
        if (key is null)
        {
            using var rsa = RSA.Create(2048);
            key = new SigningKeyRecord(Guid.NewGuid().ToString("N"), rsa.ExportPkcs8PrivateKeyPem(), DateTimeOffset.UtcNow);
            store.SigningKeys.Add(key);
            await store.SaveChangesAsync(cancellation);
        }

        var clients = scope.ServiceProvider.GetRequiredService<IConfiguration>().GetSection("Identity:Clients").Get<List<ClientDefinition>>() ?? [];
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var client in clients.Where(client => client.ClientId.Length > 0 && client.Secret.Length > 0))
        {
            var descriptor = Describe(client);
            if (await applications.FindByClientIdAsync(client.ClientId, cancellation) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellation);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellation);
            }
        }

        var signing = RSA.Create();
        signing.ImportFromPem(key.PrivateKeyPem);
        return new RsaSecurityKey(signing) { KeyId = key.Id };
    }

    private static OpenIddictApplicationDescriptor Describe(ClientDefinition client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.Secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName.Length > 0 ? client.DisplayName : client.ClientId,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        var scopes = client.Scopes.Count > 0 ? client.Scopes : client.Role == "staff" ? [.. Cigales.Security.Scopes.All] : [];
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[ClientProperties.Role] = JsonSerializerElement(client.Role);
        descriptor.Properties[ClientProperties.Tenant] = JsonSerializerElement(client.Tenant);
        return descriptor;
    }

    private static System.Text.Json.JsonElement JsonSerializerElement(string value) => System.Text.Json.JsonSerializer.SerializeToElement(value);
}

/// <summary>The properties of a registered client that its tokens carry as claims.</summary>
public static class ClientProperties
{
    public const string Role = "role";
    public const string Tenant = "tenant";
}
