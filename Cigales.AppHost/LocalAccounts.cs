using Microsoft.Extensions.Configuration;

namespace Cigales.AppHost;

/// <summary>
/// The people who can sign in when the system runs locally, one per role, on the demo data
/// (README, "Signing in as a person"): their password is <c>cigales-dev-accounts</c>, to change
/// with <c>--Cigales:AccountPassword=...</c>. The identity service creates each account that does
/// not exist yet and gives it these memberships.
/// </summary>
internal sealed record LocalAccounts(string Password)
{
    public const string DefaultPassword = "cigales-dev-accounts";

    public static IReadOnlyList<Account> All { get; } =
    [
        new("equipe@cigales.example", "Camille Durand", "staff:"),
        new("tresoriere@chti-karite.example", "Martine Lefebvre", $"club-treasurer:{LocalClients.ChtiKariteClub}"),
        new("membre@chti-karite.example", "Julien Caron", $"club-member:{LocalClients.ChtiKariteClub}"),
        new("contact@pas-de-calais-actif.example", "Sophie Lambert", $"partner:{LocalClients.PasDeCalaisActif}"),
        new("agent@pasdecalais.example", "Thomas Dupont", $"funder:{LocalClients.PasDeCalaisDepartement}"),
    ];

    public static LocalAccounts From(IConfiguration configuration) => new(configuration["Cigales:AccountPassword"] ?? DefaultPassword);

    /// <param name="Membership">role:object, as tokens carry it.</param>
    public sealed record Account(string Email, string FullName, string Membership);
}
