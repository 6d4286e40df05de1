namespace Cigales.GrainInterfaces.Clubs;

/// <summary>A club, keyed by its id: the single writer of the club's event stream.</summary>
public interface IClubGrain : IGrainWithStringKey
{
    /// <summary>Registers the club; a retry with the same details answers the club as registered.</summary>
    Task<ClubSnapshot> RegisterAsync(RegisterClub command);

    /// <summary>The club, or null when no club has this id.</summary>
    Task<ClubSnapshot?> GetAsync();
}

[GenerateSerializer, Immutable]
public sealed record RegisterClub(
    [property: Id(0)] string Name,
    [property: Id(1)] string Commune,
    [property: Id(2)] string Department,
    [property: Id(3)] string Territory);

[GenerateSerializer, Immutable]
public sealed record ClubSnapshot(
    [property: Id(0)] string ClubId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Commune,
    [property: Id(3)] string Department,
    [property: Id(4)] string Territory,
    [property: Id(5)] ClubStatus Status,
    [property: Id(6)] DateTimeOffset RegisteredAt);

[GenerateSerializer]
public enum ClubStatus
{
    Forming,
    Investing,
    Managing,
    Dissolved,
}
