using Cigales.Contracts.Clubs.V1;

namespace Cigales.Web.Components.Pages.Clubs;

/// <summary>The clubs' words in French, as the network says them.</summary>
public static class ClubLabels
{
    public static string Status(ClubStatus status) => status switch
    {
        ClubStatus.Forming => "En constitution",
        ClubStatus.Investing => "En investissement",
        ClubStatus.Managing => "En gestion",
        ClubStatus.Dissolved => "Dissous",
        _ => "Inconnu",
    };

    public static string Office(OfficerRole role) => role switch
    {
        OfficerRole.Manager => "Gérant·e",
        OfficerRole.Treasurer => "Trésorier·ère",
        OfficerRole.Secretary => "Secrétaire",
        _ => "Membre",
    };

    public static IReadOnlyList<ClubStatus> Statuses { get; } = [ClubStatus.Forming, ClubStatus.Investing, ClubStatus.Managing, ClubStatus.Dissolved];

    public static IReadOnlyList<OfficerRole> Offices { get; } = [OfficerRole.Manager, OfficerRole.Treasurer, OfficerRole.Secretary];
}
