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
}
