using System.Text.Json;
using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Security;
using Cigales.Testing;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.Finance.Tests.Api;

/// <summary>
/// Straight to the service: partners refer holders and follow them, staff keep the holders'
/// contact details and exchanges apart from the history and erase them, filter the list, get a
/// suggested club; a club's members see their department's pitched or shared projects.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HoldersApiBehaviour(FinanceServiceHost service)
{
    private const string Pca = "pas-de-calais-actif";
    private const string FranceActive = "france-active-hdf";

    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly FinanceService.FinanceServiceClient _staff = new(service.Channel);

    private FinanceService.FinanceServiceClient As(string role, string tenant) =>
        new(service.ChannelWith(TestTokens.For($"client-{tenant}", role, tenant, [Scopes.Read("finance"), Scopes.Write("finance")])));

    private static ReferProjectHolderRequest Referral(string partner, string name, string requestId = "") => new()
    {
        PartnerId = partner,
        PartnerName = "Pas-de-Calais Actif",
        RequestId = requestId.Length > 0 ? requestId : Guid.NewGuid().ToString(),
        ProjectName = name,
        Activity = "Recyclerie",
        Town = "Arras",
        Department = "62",
        Contact = new ContactDetails { FullName = "Léa Martin", Email = "lea.martin@example.org", Phone = "06 12 34 56 78" },
    };

    private async Task<string> ClubAsync(string commune, string department, string territory = "")
    {
        var id = Guid.NewGuid().ToString("N");
        await service.Services.GetRequiredService<IGrainFactory>().GetGrain<IClubGrain>(id)
            .RegisterAsync(new RegisterClub($"Cigales de {commune}", commune, department, territory));
        return id;
    }

    private async Task<string> HolderAsync(string name, string town, string department, string territory = "") =>
        (await _staff.RegisterProjectHolderAsync(new RegisterProjectHolderRequest
        {
            ProjectName = name, Activity = "Épicerie", Town = town, Department = department, Territory = territory,
        })).ProjectHolderId;

    private Task<ProjectHolder> AdvanceAsync(string id, PipelineStage stage, params string[] clubIds) =>
        _staff.AdvanceProjectHolderAsync(new AdvanceProjectHolderRequest { ProjectHolderId = id, Stage = stage, On = Today, ClubIds = { clubIds } }).ResponseAsync;

    [Fact]
    public async Task APartnerRefersAHolderWhoIsWelcomedAsReferredByItAndFollowsOnlyItsOwnReferrals()
    {
        var requestId = Guid.NewGuid().ToString();
        var partner = As(Roles.Partner, Pca);
        var referred = await partner.ReferProjectHolderAsync(Referral(Pca, "Brouette Verte", requestId));
        var retried = await partner.ReferProjectHolderAsync(Referral(Pca, "Brouette Verte", requestId));
        await AdvanceAsync(referred.ProjectHolderId, PipelineStage.Oriented);

        var holder = await _staff.GetProjectHolderAsync(new GetProjectHolderRequest { ProjectHolderId = referred.ProjectHolderId });
        var mine = await partner.ListReferredHoldersAsync(new ListReferredHoldersRequest { PartnerId = Pca, Page = new PageRequest { Size = 100 } });
        var theirs = await As(Roles.Partner, FranceActive).ListReferredHoldersAsync(new ListReferredHoldersRequest { PartnerId = FranceActive });
        var another = await Assert.ThrowsAsync<RpcException>(() => partner.ListReferredHoldersAsync(new ListReferredHoldersRequest { PartnerId = FranceActive }).ResponseAsync);
        var staffOnly = await Assert.ThrowsAsync<RpcException>(() => partner.GetHolderContactAsync(new GetHolderContactRequest { ProjectHolderId = referred.ProjectHolderId }).ResponseAsync);

        Assert.Equal(referred.ProjectHolderId, retried.ProjectHolderId);
        Assert.Equal((Pca, "Pas-de-Calais Actif", OriginKind.Partner), (holder.ReferredByPartnerId, holder.ReferredByPartnerName, holder.Steps[0].Origin.Kind));
        var seen = Assert.Single(mine.ReferredHolders, h => h.ProjectHolderId == referred.ProjectHolderId);
        Assert.Equal((PipelineStage.Oriented, Today), (seen.Stage, seen.StageReachedOn));
        Assert.DoesNotContain(theirs.ReferredHolders, h => h.ProjectHolderId == referred.ProjectHolderId);
        Assert.Equal(StatusCode.PermissionDenied, another.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, staffOnly.StatusCode);
    }

    [Fact]
    public async Task ContactDetailsStayOutOfTheHistoryAndErasingThemLeavesNoPersonalData()
    {
        var id = (await As(Roles.Partner, Pca).ReferProjectHolderAsync(Referral(Pca, "Atelier Vélo"))).ProjectHolderId;
        await _staff.LogHolderExchangeAsync(new LogHolderExchangeRequest
        {
            ProjectHolderId = id, On = Today, Kind = ExchangeKind.Call, Summary = "Appel de Léa Martin : besoin de 20 000 €",
        });

        var before = await _staff.GetHolderContactAsync(new GetHolderContactRequest { ProjectHolderId = id });
        var erased = await _staff.EraseHolderContactAsync(new EraseHolderContactRequest { ProjectHolderId = id });
        var after = await _staff.GetHolderContactAsync(new GetHolderContactRequest { ProjectHolderId = id });
        var history = JsonSerializer.Serialize((await _staff.GetProjectHistoryAsync(new GetProjectHistoryRequest { ProjectHolderId = id })).ToString());
        var again = await Assert.ThrowsAsync<RpcException>(() => _staff.SetHolderContactAsync(new SetHolderContactRequest
        {
            ProjectHolderId = id, Details = new ContactDetails { FullName = "Léa Martin" },
        }).ResponseAsync);

        Assert.Equal(("Léa Martin", "lea.martin@example.org"), (before.Details.FullName, before.Details.Email));
        Assert.Equal(ExchangeKind.Call, Assert.Single(before.Exchanges).Kind);
        Assert.Equal((null, Today), (after.Details, after.ErasedOn));
        Assert.Equal(erased, after);
        Assert.Equal(string.Empty, Assert.Single(after.Exchanges).Summary);
        Assert.DoesNotContain("Martin", history);
        Assert.DoesNotContain("example.org", history);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task AnExchangeOnAnUnknownHolderIsNotFoundAndNothingIsStored()
    {
        var unknown = await Assert.ThrowsAsync<RpcException>(() => _staff.LogHolderExchangeAsync(new LogHolderExchangeRequest
        {
            ProjectHolderId = "no-such-holder", On = Today, Kind = ExchangeKind.Note, Summary = "Note",
        }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TheListIsFilteredByStageClubDepartmentAndTerritory()
    {
        var territory = $"Territoire {Guid.NewGuid():N}";
        var club = await ClubAsync($"Commune {Guid.NewGuid():N}", "62");
        var studied = await HolderAsync("Studied here", "Arras", "62", territory);
        var welcomed = await HolderAsync("Welcomed here", "Arras", "62", territory);
        var elsewhere = await HolderAsync("Studied elsewhere", "Lille", "59", territory);
        await AdvanceAsync(studied, PipelineStage.Studied, club);
        await AdvanceAsync(elsewhere, PipelineStage.Studied, club);

        async Task<IEnumerable<string>> ListAsync(ListProjectHoldersRequest request) =>
            (await _staff.ListProjectHoldersAsync(request)).ProjectHolders.Select(holder => holder.ProjectHolderId);

        Assert.Equal([elsewhere, studied, welcomed], await ListAsync(new() { Territory = territory.ToUpperInvariant() }));
        Assert.Equal([elsewhere, studied], await ListAsync(new() { Territory = territory, Stage = PipelineStage.Studied }));
        Assert.Equal([studied], await ListAsync(new() { Territory = territory, Department = "62", ClubId = club }));
        Assert.Equal([elsewhere], await ListAsync(new() { ClubId = club, Page = new PageRequest { Size = 1 } }));
    }

    [Fact]
    public async Task TheSuggestedClubIsTheOneOfTheHoldersCommuneElseOfItsDepartment()
    {
        var commune = $"Commune {Guid.NewGuid():N}";
        var club = await ClubAsync(commune, "2B");
        var here = await HolderAsync("Ici", commune, "2B");
        var nowhere = await HolderAsync("Sans département", commune, "");

        var suggested = await _staff.GetSuggestedClubAsync(new GetSuggestedClubRequest { ProjectHolderId = here });
        var none = await _staff.GetSuggestedClubAsync(new GetSuggestedClubRequest { ProjectHolderId = nowhere });

        Assert.Equal((club, $"Cigales de {commune}", SuggestionBasis.Commune), (suggested.ClubId, suggested.ClubName, suggested.Basis));
        Assert.Equal((string.Empty, SuggestionBasis.None), (none.ClubId, none.Basis));
    }

    [Fact]
    public async Task AClubMemberSeesItsDepartmentsPitchedOrSharedProjectsWithContactDetailsOnlyWhenStaffSharedThem()
    {
        var club = await ClubAsync("Ajaccio", "2A");
        var otherClub = await ClubAsync("Bastia", "2B");
        var pitched = await HolderAsync($"Pitched {Guid.NewGuid():N}", "Ajaccio", "2A");
        var shared = await HolderAsync($"Shared {Guid.NewGuid():N}", "Ajaccio", "2A");
        var quiet = await HolderAsync($"Quiet {Guid.NewGuid():N}", "Ajaccio", "2A");
        await AdvanceAsync(pitched, PipelineStage.Pitched);
        await _staff.ShareProjectAsync(new ShareProjectRequest { ProjectHolderId = shared, Summary = "Cherche 10 000 €", AmountSought = new Money { Cents = 1_000_000 }, On = Today });
        await _staff.SetHolderContactAsync(new SetHolderContactRequest { ProjectHolderId = pitched, Details = new ContactDetails { FullName = "Paul Santoni" }, SharedWithClubs = true });
        await _staff.SetHolderContactAsync(new SetHolderContactRequest { ProjectHolderId = shared, Details = new ContactDetails { FullName = "Marie Colonna" } });

        var seen = await As(Roles.ClubMember, club).ListDepartmentProjectsAsync(new ListDepartmentProjectsRequest { ClubId = club, Page = new PageRequest { Size = 100 } });
        var notTheirs = await Assert.ThrowsAsync<RpcException>(() => As(Roles.ClubMember, otherClub).ListDepartmentProjectsAsync(new ListDepartmentProjectsRequest { ClubId = club }).ResponseAsync);
        var staffOnly = await Assert.ThrowsAsync<RpcException>(() => As(Roles.ClubMember, club).GetProjectHolderAsync(new GetProjectHolderRequest { ProjectHolderId = pitched }).ResponseAsync);

        Assert.Equal("2A", seen.Department);
        var ids = seen.Projects.Select(project => project.ProjectHolderId).ToList();
        Assert.Contains(pitched, ids);
        Assert.Contains(shared, ids);
        Assert.DoesNotContain(quiet, ids);
        Assert.Equal(("Paul Santoni", Today), (seen.Projects.Single(p => p.ProjectHolderId == pitched).Contact.FullName, seen.Projects.Single(p => p.ProjectHolderId == pitched).PitchedOn));
        Assert.Equal((null, "Cherche 10 000 €"), (seen.Projects.Single(p => p.ProjectHolderId == shared).Contact, seen.Projects.Single(p => p.ProjectHolderId == shared).Summary));
        Assert.Equal(StatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, staffOnly.StatusCode);
    }
}
