using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cigales.Identity.Tokens;

/// <summary>
/// A client of the API as the configuration declares it (section <c>Identity:Clients</c>): a
/// system with a secret (client credentials), or an application people sign in through (no
/// secret: authorization code with PKCE, and refresh tokens).
/// </summary>
public sealed class ClientDefinition
{
    public string ClientId { get; set; } = string.Empty;

    /// <summary>A system's secret; empty for an application people sign in through.</summary>
    public string Secret { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A system's role: staff, partner, funder, club-manager or club-member. Empty for an application people sign in through.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>What a system acts for: the partner organisation, the funder, the club; empty for staff.</summary>
    public string Tenant { get; set; } = string.Empty;

    /// <summary>The scopes it may ask for; for a staff system or an application of people, all of them when none is listed.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Where an application of people receives its codes.</summary>
    public List<string> RedirectUris { get; set; } = [];

    /// <summary>Where an application of people sends a person after signing out.</summary>
    public List<string> PostLogoutRedirectUris { get; set; } = [];

    public bool SignsPeopleIn => Secret.Length == 0 && RedirectUris.Count > 0;
}

/// <summary>The properties of a registered client that its tokens carry as claims.</summary>
public static class ClientProperties
{
    public const string Role = "role";
    public const string Tenant = "tenant";
}

public static class Clients
{
    /// <summary>Registers the configured clients, or brings them up to date.</summary>
    public static async Task RegisterAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellation)
    {
        var clients = configuration.GetSection("Identity:Clients").Get<List<ClientDefinition>>() ?? [];
        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var client in clients.Where(client => client.ClientId.Length > 0 && (client.Secret.Length > 0 || client.SignsPeopleIn)))
        {
            var descriptor = client.SignsPeopleIn ? ForPeople(client) : ForSystem(client);
            if (await applications.FindByClientIdAsync(client.ClientId, cancellation) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellation);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellation);
            }
        }
    }

    private static OpenIddictApplicationDescriptor ForSystem(ClientDefinition client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.Secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName.Length > 0 ? client.DisplayName : client.ClientId,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        AddScopes(descriptor, client.Scopes.Count > 0 ? client.Scopes : client.Role == "staff" ? Cigales.Security.Scopes.All : []);
        descriptor.Properties[ClientProperties.Role] = JsonSerializer.SerializeToElement(client.Role);
        descriptor.Properties[ClientProperties.Tenant] = JsonSerializer.SerializeToElement(client.Tenant);
        return descriptor;
    }

    /// <summary>A public client (nothing it holds is secret): the code flow with PKCE required, and refresh tokens.</summary>
    private static OpenIddictApplicationDescriptor ForPeople(ClientDefinition client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientType = ClientTypes.Public,
            DisplayName = client.DisplayName.Length > 0 ? client.DisplayName : client.ClientId,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in client.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in client.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        AddScopes(descriptor, [.. PersonTokens.OpenIdScopes, .. client.Scopes.Count > 0 ? client.Scopes : Cigales.Security.Scopes.All]);
        return descriptor;
    }

    private static void AddScopes(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes)
    {
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
    }
}
