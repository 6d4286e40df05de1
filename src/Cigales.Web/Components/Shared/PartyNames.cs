using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Grpc.Core;

namespace Cigales.Web.Components.Shared;

/// <summary>
/// The names of the clubs and enterprises an investment names only by id, each asked of the API
/// once per screen; an id the API does not know stays shown as it is.
/// </summary>
public sealed class PartyNames(ClubsService.ClubsServiceClient clubs, FinanceService.FinanceServiceClient finance)
{
    private readonly Dictionary<string, string> _clubs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _enterprises = new(StringComparer.Ordinal);

    public string Club(string clubId) => _clubs.GetValueOrDefault(clubId) ?? clubId;

    public string Enterprise(string enterpriseId) => _enterprises.GetValueOrDefault(enterpriseId) ?? enterpriseId;

    public void Know(string clubId, string name) => _clubs[clubId] = name;

    public void KnowEnterprise(string enterpriseId, string name) => _enterprises[enterpriseId] = name;

    /// <summary>Asks for the names these investments need that are not known yet.</summary>
    public async Task LearnAsync(IEnumerable<Investment> investments)
    {
        var shown = investments.ToList();
        await LearnClubsAsync(shown.Select(investment => investment.ClubId));
        await LearnEnterprisesAsync(shown.Select(investment => investment.EnterpriseId));
    }

    /// <summary>Asks for the names of these clubs that are not known yet.</summary>
    public async Task LearnClubsAsync(IEnumerable<string> clubIds)
    {
        foreach (var clubId in clubIds.Distinct().Where(id => id.Length > 0 && !_clubs.ContainsKey(id)).ToList())
        {
            _clubs[clubId] = await NameOrIdAsync(async () => (await clubs.GetClubAsync(new GetClubRequest { ClubId = clubId })).Name, clubId);
        }
    }

    /// <summary>Asks for the names of these enterprises that are not known yet.</summary>
    public async Task LearnEnterprisesAsync(IEnumerable<string> enterpriseIds)
    {
        foreach (var enterpriseId in enterpriseIds.Distinct().Where(id => id.Length > 0 && !_enterprises.ContainsKey(id)).ToList())
        {
            _enterprises[enterpriseId] = await NameOrIdAsync(async () => (await finance.GetEnterpriseAsync(new GetEnterpriseRequest { EnterpriseId = enterpriseId })).Name, enterpriseId);
        }
    }

    private static async Task<string> NameOrIdAsync(Func<Task<string>> name, string id)
    {
        try
        {
            return await name();
        }
        catch (RpcException refused) when (refused.StatusCode == StatusCode.NotFound)
        {
            return id;
        }
    }
}
