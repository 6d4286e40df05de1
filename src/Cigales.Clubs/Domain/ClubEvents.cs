namespace Cigales.Clubs.Domain;

/// <summary>
/// What happened to a club, as stored in its stream. The type names are part of the stored data:
/// rename one only with an upcaster.
/// </summary>
public abstract record ClubEvent;

public sealed record ClubRegistered(
    string ClubId,
    string Name,
    string Commune,
    string Department,
    string Territory,
    DateTimeOffset RegisteredAt) : ClubEvent;
