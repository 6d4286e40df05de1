namespace Cigales.GrainInterfaces.Grants;

/// <summary>A funder's convention with the association, keyed by its id: the single writer of its stream.</summary>
public interface IConventionGrain : IGrainWithStringKey
{
    /// <summary>Registers the signed convention; a retry with the same details answers it as registered.</summary>
    Task<ConventionSnapshot> RegisterAsync(RegisterConvention command);

    /// <summary>The convention, or null when none has this id.</summary>
    Task<ConventionSnapshot?> GetAsync();
}

/// <summary>A party to a convention; <see cref="Siret"/> is empty when not given.</summary>
[GenerateSerializer, Immutable]
public sealed record Party(
    [property: Id(0)] string Name,
    [property: Id(1)] string Siret);

[GenerateSerializer, Immutable]
public sealed record RegisterConvention(
    [property: Id(0)] string FileNumber,
    [property: Id(1)] Party Funder,
    [property: Id(2)] Party Beneficiary,
    [property: Id(3)] long AmountCents,
    [property: Id(4)] DateOnly Start,
    [property: Id(5)] DateOnly End);

[GenerateSerializer, Immutable]
public sealed record ConventionSnapshot(
    [property: Id(0)] string ConventionId,
    [property: Id(1)] string FileNumber,
    [property: Id(2)] Party Funder,
    [property: Id(3)] Party Beneficiary,
    [property: Id(4)] long AmountCents,
    [property: Id(5)] DateOnly Start,
    [property: Id(6)] DateOnly End,
    [property: Id(7)] DateTimeOffset RegisteredAt);
