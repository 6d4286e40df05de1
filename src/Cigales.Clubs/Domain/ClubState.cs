using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>A club as its events made it; <see cref="Registration"/> is null until it is registered.</summary>
public sealed record ClubState(ClubRegistered? Registration, ClubStatus Status) : IEventSourced<ClubState, ClubEvent>
{
    public static ClubState Initial { get; } = new(null, ClubStatus.Forming);

    public bool Exists => Registration is not null;

    public ClubState Apply(ClubEvent @event) => @event switch
    {
        ClubRegistered registered => this with { Registration = registered, Status = ClubStatus.Forming },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not a club event"),
    };

    public ClubSnapshot? ToSnapshot() => Registration is { } r
        ? new ClubSnapshot(r.ClubId, r.Name, r.Commune, r.Department, r.Territory, Status, r.RegisteredAt)
        : null;
}
