using Cigales.Grants.Domain;

namespace Cigales.Grants.Grains;

/// <summary>A funder or a beneficiary of grants, keyed by its id.</summary>
public interface IOrganisationGrain : IGrainWithStringKey
{
    Task<OrganisationSnapshot> RegisterAsync(RegisterOrganisation command);

    Task<OrganisationSnapshot?> GetAsync();
}
