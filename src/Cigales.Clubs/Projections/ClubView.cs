using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces.Clubs;
using Marten.Events.Aggregation;

namespace Cigales.Clubs.Projections;

/// <summary>A club as lists show it, kept up to date inline with the club's events.</summary>
public sealed record ClubView(
    string Id,
    string Name,
    string Commune,
    string Department,
    string Territory,
    ClubStatus Status,
    DateTimeOffset RegisteredAt)
{
    /// <summary>Lists go by name; the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{Name.ToLowerInvariant()}\u001f{Id}";

    public ClubSnapshot ToSnapshot() => new(Id, Name, Commune, Department, Territory, Status, RegisteredAt);
}

public sealed class ClubViewProjection : SingleStreamProjection<ClubView, string>
{
    public static ClubView Create(ClubRegistered e) =>
        new(e.ClubId, e.Name, e.Commune, e.Department, e.Territory, ClubStatus.Forming, e.RegisteredAt);
}
