namespace Cigales.GrainInterfaces.Grants;

/// <summary>A funder or a beneficiary of grants, keyed by its id.</summary>
public interface IOrganisationGrain : IGrainWithStringKey
{
    Task<OrganisationSnapshot> RegisterAsync(RegisterOrganisation command);

    Task<OrganisationSnapshot?> GetAsync();
}

/// <param name="Siret">14 digits (checked as DOMAIN.md says), or empty.</param>
/// <param name="Rna">An association's register number (W + 9 digits), or empty; one of the two is required.</param>
[GenerateSerializer, Immutable]
public sealed record RegisterOrganisation(
    [property: Id(0)] string Name,
    [property: Id(1)] string Address,
    [property: Id(2)] string Siret,
    [property: Id(3)] string Rna);

[GenerateSerializer, Immutable]
public sealed record OrganisationSnapshot(
    [property: Id(0)] string OrganisationId,
    [property: Id(1)] RegisterOrganisation Details,
    [property: Id(2)] DateTimeOffset RegisteredAt);
