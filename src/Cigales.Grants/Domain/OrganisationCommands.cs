namespace Cigales.Grants.Domain;

/// <param name="Siret">14 digits (checked as DOMAIN.md says), or empty.</param>
/// <param name="Rna">An association's register number (W + 9 digits), or empty; one of the two is required.</param>
public sealed record RegisterOrganisation(
    string Name,
    string Address,
    string Siret,
    string Rna);

public sealed record OrganisationSnapshot(
    string OrganisationId,
    RegisterOrganisation Details,
    DateTimeOffset RegisteredAt);
