using Cigales.GrainInterfaces.Grants;
using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>A convention as its events made it; <see cref="Registration"/> is null until it is registered.</summary>
public sealed record ConventionState(ConventionRegistered? Registration) : IEventSourced<ConventionState, ConventionEvent>
{
    public static ConventionState Initial { get; } = new((ConventionRegistered?)null);

    public bool Exists => Registration is not null;

    public ConventionState Apply(ConventionEvent @event) => @event switch
    {
        ConventionRegistered registered => this with { Registration = registered },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not a convention event"),
    };

    public ConventionSnapshot? ToSnapshot() => Registration is { } r
        ? new ConventionSnapshot(r.ConventionId, r.FileNumber, r.Funder, r.Beneficiary, r.AmountCents, r.Start, r.End, r.RegisteredAt)
        : null;
}
