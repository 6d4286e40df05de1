using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Cigales.AppHost;

/// <summary>
/// The clients the identity service knows when the system runs locally: a staff client for
/// developers and tools (its secret documented in the README, to change with
/// <c>--Cigales:StaffClientSecret=...</c>), and the demo-data importer's, with a secret new at each run.
/// </summary>
internal sealed record LocalClients(LocalClients.Client Staff, LocalClients.Client DemoData)
{
    public const string StaffClientId = "cigales-staff";
    public const string DefaultStaffSecret = "cigales-dev-staff";

    public IEnumerable<Client> All => [Staff, DemoData];

    public static LocalClients From(IConfiguration configuration) => new(
        new Client(StaffClientId, configuration["Cigales:StaffClientSecret"] ?? DefaultStaffSecret, "Staff (local development)", "staff"),
        new Client("cigales-demo-data", Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), "Demo data importer", "staff"));

    public sealed record Client(string Id, string Secret, string DisplayName, string Role);
}
