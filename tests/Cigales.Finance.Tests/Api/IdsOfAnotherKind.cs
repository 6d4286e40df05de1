using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Finance.Tests.Api;

/// <summary>
/// Holders, enterprises, investments and the partners' feed keep their streams in one store: an id
/// of one kind asked as another is simply not found, and a request id reused for another kind of
/// record is refused without breaking either.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IdsOfAnotherKind(FinanceServiceHost service)
{
    private readonly FinanceService.FinanceServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    [Fact]
    public async Task AnEnterpriseIdAskedAsAnInvestmentOrAHolderIsNotFound()
    {
        var enterprise = await RegisterEnterpriseAsync(Guid.NewGuid().ToString());

        foreach (var path in new[] { "/v1/investments/", "/v1/project-holders/", "/v1/project-holders/{0}/history", "/v1/shared-projects/" })
        {
            var url = path.Contains("{0}", StringComparison.Ordinal) ? string.Format(System.Globalization.CultureInfo.InvariantCulture, path, enterprise.EnterpriseId) : path + enterprise.EnterpriseId;
            using var response = await _json.GetAsync(url);
            Assert.True(404 == (int)response.StatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await Statuses.RefusedByRuleAsync(StatusCode.NotFound, "investment.exists",
            () => _grpc.GetInvestmentAsync(new GetInvestmentRequest { InvestmentId = enterprise.EnterpriseId }).ResponseAsync);
    }

    [Fact]
    public async Task ThePartnersFeedIsNoProjectHolder()
    {
        var holder = await _grpc.RegisterProjectHolderAsync(new RegisterProjectHolderRequest { ProjectName = "La Ressourcerie", Activity = "Réemploi", Town = "Béthune" });
        await _grpc.ShareProjectAsync(new ShareProjectRequest { ProjectHolderId = holder.ProjectHolderId, Summary = "Réemploi : 4 emplois", AmountSought = new Money { Cents = 1_000_000 }, On = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd") });

        await Statuses.RefusedAsync(StatusCode.NotFound, "project_holder_id",
            () => _grpc.GetProjectHolderAsync(new GetProjectHolderRequest { ProjectHolderId = "partners-feed" }).ResponseAsync);
        await Assert.ThrowsAsync<RpcException>(() => _grpc.AdvanceProjectHolderAsync(new AdvanceProjectHolderRequest
        {
            ProjectHolderId = "partners-feed", Stage = PipelineStage.Oriented, On = "2025-01-02",
        }).ResponseAsync);
        using var history = await _json.GetAsync("/v1/project-holders/partners-feed/history");

        Assert.Equal(404, (int)history.StatusCode);
    }

    [Fact]
    public async Task ARequestIdReusedForAnotherKindIsRefusedAndBothStayWhole()
    {
        var key = Guid.NewGuid().ToString();
        var enterprise = await RegisterEnterpriseAsync(key);
        var eventsBefore = await service.CountEventsAsync();

        var message = await Statuses.RefusedByRuleAsync(StatusCode.AlreadyExists, "id.kind",
            () => _grpc.RegisterProjectHolderAsync(new RegisterProjectHolderRequest { RequestId = key, ProjectName = "Même clé", Activity = "Essai", Town = "Arras" }).ResponseAsync);
        var again = await RegisterEnterpriseAsync(key);
        var other = await _grpc.RegisterProjectHolderAsync(new RegisterProjectHolderRequest { RequestId = Guid.NewGuid().ToString(), ProjectName = "Autre clé", Activity = "Essai", Town = "Arras" });

        Assert.Contains("request_id", message, StringComparison.Ordinal);
        Assert.Equal(enterprise, again);
        Assert.Equal(eventsBefore + 1, await service.CountEventsAsync());
        Assert.Equal("Autre clé", other.ProjectName);
    }

    private async Task<Enterprise> RegisterEnterpriseAsync(string key) => await _grpc.RegisterEnterpriseAsync(new RegisterEnterpriseRequest
    {
        RequestId = key,
        Name = "Madjikarité",
        LegalForm = LegalForm.Sas,
        Activity = "Savonnerie",
        Town = "Lens",
        Department = "62",
        ShareCapital = new Money { Cents = 1_000_000 },
    });
}
