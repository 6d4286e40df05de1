using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Testing;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.Finance.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class FinanceApiBehaviour(FinanceServiceHost service)
{
    private readonly FinanceService.FinanceServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    [Fact]
    public async Task AHolderRegisteredByGrpcIsReadBackByGrpcAndJson()
    {
        var registered = await _grpc.RegisterProjectHolderAsync(new RegisterProjectHolderRequest
        {
            ProjectName = "Petites Graines d'Avenir",
            Activity = "École Montessori",
            Town = "Seninghem",
        });

        var read = await _grpc.GetProjectHolderAsync(new GetProjectHolderRequest { ProjectHolderId = registered.ProjectHolderId });
        using var json = JsonDocument.Parse(await _json.GetStringAsync($"/v1/project-holders/{registered.ProjectHolderId}"));

        Assert.Equal(registered, read);
        Assert.Equal(PipelineStage.Welcomed, read.Stage);
        Assert.Equal("PIPELINE_STAGE_WELCOMED", json.RootElement.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task AHolderSentByAnExistingClubIsRegisteredByJsonAndListed()
    {
        var clubId = Guid.NewGuid().ToString("N");
        await service.Services.GetRequiredService<IGrainFactory>().GetGrain<IClubGrain>(clubId)
            .RegisterAsync(new RegisterClub("Cigales en Pays de Saint-Omer", "Saint-Omer", "62", ""));

        var response = await _json.PostAsJsonAsync("/v1/project-holders", new
        {
            projectName = "Plan BEEE",
            activity = "Éco-pâturage",
            town = "Febvin-Palfart",
            referringClubId = clubId,
        });
        response.EnsureSuccessStatusCode();
        var page = await _grpc.ListProjectHoldersAsync(new ListProjectHoldersRequest { Page = new PageRequest { Size = 100 } });

        Assert.Contains(page.ProjectHolders, holder => holder.ProjectName == "Plan BEEE" && holder.ReferringClubId == clubId);
    }

    [Fact]
    public async Task AnUnknownReferringClubIsNotFoundNamingTheFieldAndNothingIsStored()
    {
        var eventsBefore = await service.CountEventsAsync();
        var request = new RegisterProjectHolderRequest
        {
            ProjectName = "Archiverre",
            Activity = "Vitrailliste",
            Town = "Bezinghem",
            ReferringClubId = "no-such-club",
        };

        await Statuses.RefusedAsync(StatusCode.NotFound, "referring_club_id", () => _grpc.RegisterProjectHolderAsync(request).ResponseAsync);
        var json = await _json.PostAsJsonAsync("/v1/project-holders", new
        {
            projectName = "Archiverre",
            activity = "Vitrailliste",
            town = "Bezinghem",
            referringClubId = "no-such-club",
        });

        await Statuses.RefusedAsJsonAsync(json, 404, "referring_club_id");
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task AHolderWithoutAProjectNameIsRefusedNamingTheField()
    {
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "project_name",
            () => _grpc.RegisterProjectHolderAsync(new RegisterProjectHolderRequest { Activity = "a", Town = "t" }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(
            await _json.PostAsJsonAsync("/v1/project-holders", new { activity = "a", town = "t" }), 400, "project_name");
    }

    [Fact]
    public async Task AnUnknownHolderIsNotFoundNamingTheId()
    {
        await Statuses.RefusedAsync(StatusCode.NotFound, "project_holder_id",
            () => _grpc.GetProjectHolderAsync(new GetProjectHolderRequest { ProjectHolderId = "nope" }).ResponseAsync);
    }
}
