namespace Cigales.Finance.Domain;

/// <summary>Why a club is suggested to a holder: the closest place they share.</summary>
public enum SuggestionBasis
{
    Commune,
    Territory,
    Department,
    None,
}

/// <summary>A club a holder could pitch to; <see cref="ClubId"/> is empty when the basis is <see cref="SuggestionBasis.None"/>.</summary>
public sealed record ClubSuggestion(string ClubId, string ClubName, SuggestionBasis Basis)
{
    public static ClubSuggestion None { get; } = new(string.Empty, string.Empty, SuggestionBasis.None);

    /// <summary>
    /// The club of the holder's commune, else of its territory, else of its department; among
    /// clubs as close, the first by name. <paramref name="clubs"/> are the active clubs of the
    /// holder's department, as (id, name, commune, territory).
    /// </summary>
    public static ClubSuggestion For(ProjectHolderSnapshot holder, IEnumerable<(string Id, string Name, string Commune, string Territory)> clubs)
    {
        if (holder.Department.Length == 0)
        {
            return None;
        }

        var best = clubs
            .Select(club => (club, basis: Same(club.Commune, holder.Town) ? SuggestionBasis.Commune
                : Same(club.Territory, holder.Territory) ? SuggestionBasis.Territory
                : SuggestionBasis.Department))
            .OrderBy(candidate => candidate.basis)
            .ThenBy(candidate => candidate.club.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault();
        return best.club.Id is { } id ? new ClubSuggestion(id, best.club.Name, best.basis) : None;
    }

    // "Saint-Omer" and "saint-omer " are one commune; an unknown place matches nothing.
    private static bool Same(string a, string b) =>
        a.Trim().Length > 0 && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
