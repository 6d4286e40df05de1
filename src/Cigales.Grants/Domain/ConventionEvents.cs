using Cigales.GrainInterfaces.Grants;

namespace Cigales.Grants.Domain;

/// <summary>
/// What happened to a convention, as stored in its stream. The type names are part of the stored
/// data: rename one only with an upcaster.
/// </summary>
public abstract record ConventionEvent;

public sealed record ConventionRegistered(
    string ConventionId,
    string FileNumber,
    Party Funder,
    Party Beneficiary,
    long AmountCents,
    DateOnly Start,
    DateOnly End,
    DateTimeOffset RegisteredAt) : ConventionEvent;
