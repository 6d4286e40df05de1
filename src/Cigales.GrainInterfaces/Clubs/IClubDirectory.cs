namespace Cigales.GrainInterfaces.Clubs;

/// <summary>
/// What another service may know of clubs by their ids: which exist, and their names, for many
/// ids in one call, from the Clubs service's read model (no club's stream is loaded). Stateless,
/// keyed by 0: any Clubs silo answers.
/// </summary>
public interface IClubDirectory : IGrainWithIntegerKey
{
    /// <summary>The name of each club that exists among the ids; an unknown id, or one of another kind, is left out.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> clubIds);

    /// <summary>Where each club that exists among the ids is; an unknown id is left out.</summary>
    Task<IReadOnlyList<ClubPlace>> PlacesAsync(IReadOnlyCollection<string> clubIds);

    /// <summary>Every club of a department that is forming or investing (not managing or dissolved), by name.</summary>
    Task<IReadOnlyList<ClubPlace>> ActiveInDepartmentAsync(string department);
}

/// <summary>Where a club is, as other services may know it: no member, no money.</summary>
/// <param name="Department">The department's code ("62"); empty when the club did not give it.</param>
public sealed record ClubPlace(string ClubId, string Name, string Commune, string Department, string Territory);
