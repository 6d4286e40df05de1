using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Cigales.AppHost;

/// <summary>
/// The clients the identity service knows when the system runs locally: a staff client for
/// developers and tools (its secret documented in the README, to change with
/// <c>--Cigales:StaffClientSecret=...</c>); one client for each other role, acting for an object of
/// the demo data, to try what each role may do (secret <c>cigales-dev-roles</c>, to change with
/// <c>--Cigales:RoleClientSecret=...</c>); the demo-data importer's, and the one the services read
/// the accounts' addresses with for their mails, each with a secret new at each run.
/// </summary>
internal sealed record LocalClients(LocalClients.Client Staff, IReadOnlyList<LocalClients.Client> Roles, LocalClients.Client DemoData, LocalClients.Client Notifications)
{
    /// <summary>The web app people sign in through: its addresses are the web resource's (<see cref="WebApp"/>), http://localhost:8082 when ./run.sh runs it.</summary>
    public static readonly PeopleClient Web = new("cigales-web", "Cigales (application web)", ["http://localhost:8082/signin-oidc"], ["http://localhost:8082/signout-callback-oidc"]);

    /// <summary>
    /// For a person's token from the command line (scripts/token.sh): the code comes back to a
    /// loopback address nothing listens on, and the script reads it from the redirect.
    /// </summary>
    public static readonly PeopleClient CommandLine = new("cigales-cli", "Cigales (ligne de commande)", ["http://127.0.0.1:8765/callback"], []);

    public static IReadOnlyList<PeopleClient> People { get; } = [Web, CommandLine];

    public const string StaffClientId = "cigales-staff";
    public const string DefaultStaffSecret = "cigales-dev-staff";
    public const string DefaultRoleSecret = "cigales-dev-roles";

    // The demo data's ids (data/reference/pas-de-calais.json, loaded with name-based ids): the
    // whole-system tests call as these clients, and fail if an id no longer names its object.
    public const string ChtiKariteClub = "773878fce8ac5d0fb835c31366465117";
    public const string PasDeCalaisDepartement = "02bded71e09c571295c404d01778ef29";
    public const string PasDeCalaisActif = "7f2edb72f08459f8be1d8ade0fa2667b";

    public IEnumerable<Client> All => [Staff, .. Roles, DemoData, Notifications];

    public static LocalClients From(IConfiguration configuration)
    {
        var roleSecret = configuration["Cigales:RoleClientSecret"] ?? DefaultRoleSecret;
        return new LocalClients(
            new Client(StaffClientId, configuration["Cigales:StaffClientSecret"] ?? DefaultStaffSecret, "Staff (local development)", "staff"),
            [
                new Client("cigales-club-manager", roleSecret, "Manager of Ch'ti Karité (local development)", "club-manager", ChtiKariteClub, "clubs.read clubs.write finance.read"),
                new Client("cigales-club-member", roleSecret, "Member of Ch'ti Karité (local development)", "club-member", ChtiKariteClub, "clubs.read finance.read"),
                new Client("cigales-partner", roleSecret, "Pas-de-Calais Actif, partner (local development)", "partner", PasDeCalaisActif, "finance.read finance.write"),
                new Client("cigales-funder", roleSecret, "Département du Pas-de-Calais, funder (local development)", "funder", PasDeCalaisDepartement, "grants.read grants.write"),
            ],
            new Client("cigales-demo-data", Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), "Demo data importer", "staff"),
            new Client("cigales-notifications", Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), "Services' mails (the accounts' addresses)", "staff"));
    }

    /// <summary>An application people sign in through: no secret, the code flow with PKCE.</summary>
    public sealed record PeopleClient(string Id, string DisplayName, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris);

    /// <param name="Tenant">The club or organisation the client acts for; empty for staff.</param>
    /// <param name="Scopes">Space-separated; empty for staff, who get them all.</param>
    public sealed record Client(string Id, string Secret, string DisplayName, string Role, string Tenant = "", string Scopes = "");
}
