using Microsoft.AspNetCore.Hosting;

namespace Cigales.Identity.Tests;

/// <summary>The accounts the identity service under test is configured with, one per case the tests need.</summary>
internal static class People
{
    public const string WebClient = "cigales-web";
    public const string WebRedirect = "http://localhost:8082/signin-oidc";
    public const string Password = "une phrase de passe assez longue";

    public const string Treasurer = "tresoriere@chti-karite.example";
    public const string TreasurersClub = "club-chti-karite";
    public const string Locked = "verrou@example.org";
    public const string Deactivated = "partie@example.org";
    public const string Removed = "ancien-membre@example.org";
    public const string TwoClubs = "deux-clubs@example.org";
    public const string Promoted = "promue@example.org";
    public const string Contact = "contact@pca.example.org";

    public static void Configure(IWebHostBuilder builder)
    {
        Account(builder, 0, Treasurer, "Martine Lefebvre", $"club-treasurer:{TreasurersClub}");
        Account(builder, 1, Locked, "Paul Verrou", "club-member:club-a");
        Account(builder, 2, Deactivated, "Jeanne Partie", "club-member:club-a");
        Account(builder, 3, Removed, "Luc Ancien", "club-member:club-a");
        Account(builder, 4, TwoClubs, "Nadia Deux", "club-member:club-a", "club-secretary:club-b");
        Account(builder, 5, Promoted, "Inès Promue", "club-member:club-a");
        Account(builder, 6, Contact, "Hugo Contact", "partner:pca");
        // Many forms are sent from one address in these tests: the limit is tested on a host of its own.
        builder.UseSetting("Identity:SignIn:AttemptsPerMinute", "1000");
    }

    private static void Account(IWebHostBuilder builder, int index, string email, string name, params string[] memberships)
    {
        builder.UseSetting($"Identity:Accounts:{index}:Email", email);
        builder.UseSetting($"Identity:Accounts:{index}:FullName", name);
        builder.UseSetting($"Identity:Accounts:{index}:Password", Password);
        for (var i = 0; i < memberships.Length; i++)
        {
            builder.UseSetting($"Identity:Accounts:{index}:Memberships:{i}", memberships[i]);
        }
    }
}
