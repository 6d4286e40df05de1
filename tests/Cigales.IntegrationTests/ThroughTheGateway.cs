using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.IntegrationTests;

/// <summary>Each service through the one entry point, by gRPC and by JSON, on the real components.</summary>
public sealed class ThroughTheGateway(WholeSystem system)
{
    [Fact]
    public void EveryResourceIsHealthy()
    {
        foreach (var name in WholeSystem.Resources)
        {
            Assert.True(system.App.ResourceNotifications.TryGetCurrentState(name, out var resource), $"{name} is not known");
            Assert.Equal(HealthStatus.Healthy, resource.Snapshot.HealthStatus);
        }
    }

    [Fact]
    public async Task AClubRegisteredByGrpcIsReadByJsonAndTheReverse()
    {
        var clubs = new ClubsService.ClubsServiceClient(system.Grpc);

        var byGrpc = await clubs.RegisterClubAsync(new RegisterClubRequest { Name = "Ch'ti Karité", Commune = "Lens", Department = "62" });
        var readByJson = await ReadJsonAsync($"/v1/clubs/{byGrpc.ClubId}");
        var byJson = await PostJsonAsync("/v1/clubs", new { name = "Cigales du Boulonnais", department = "62" });
        var readByGrpc = await clubs.GetClubAsync(new GetClubRequest { ClubId = byJson.GetProperty("clubId").GetString() });

        Assert.Equal("Ch'ti Karité", readByJson.GetProperty("name").GetString());
        Assert.Equal("Cigales du Boulonnais", readByGrpc.Name);
        var listed = await clubs.ListClubsAsync(new ListClubsRequest { Page = new PageRequest { Size = 100 } });
        Assert.Contains(listed.Clubs, club => club.ClubId == byGrpc.ClubId);
    }

    [Fact]
    public async Task AConventionRegisteredByGrpcIsReadByJsonAndTheReverse()
    {
        var grants = new GrantsService.GrantsServiceClient(system.Grpc);

        var byGrpc = await grants.RegisterConventionAsync(new RegisterConventionRequest
        {
            FileNumber = "2025-02585",
            Funder = new Contracts.Grants.V1.Party { Name = "Département du Pas-de-Calais", Siret = "22620001200012" },
            Beneficiary = new Contracts.Grants.V1.Party { Name = "Les Cigales des Hauts-de-France", Siret = "38035677400055" },
            Amount = new Money { Cents = 990_000 },
            Period = new DateRange { Start = "2025-01-01", End = "2025-12-31" },
        });
        var readByJson = await ReadJsonAsync($"/v1/conventions/{byGrpc.ConventionId}");
        var byJson = await PostJsonAsync("/v1/conventions", new
        {
            fileNumber = "2026-00042",
            funder = new { name = "Département du Pas-de-Calais" },
            beneficiary = new { name = "Les Cigales des Hauts-de-France" },
            amount = new { cents = 1_000_000 },
            period = new { start = "2026-01-01", end = "2026-12-31" },
        });
        var readByGrpc = await grants.GetConventionAsync(new GetConventionRequest { ConventionId = byJson.GetProperty("conventionId").GetString() });

        Assert.Equal(990_000, readByJson.GetProperty("amount").GetProperty("cents").GetInt64());
        Assert.Equal(1_000_000, readByGrpc.Amount.Cents);
    }

    [Fact]
    public async Task AnEventScheduledByGrpcIsReadByJsonAndTheReverse()
    {
        var events = new EventsService.EventsServiceClient(system.Grpc);

        var byGrpc = await events.ScheduleEventAsync(new ScheduleEventRequest
        {
            Kind = EventKind.CigalesCherchentFourmis,
            Title = "Cigales cherchent Fourmis",
            Dates = new DateRange { Start = "2024-11-23", End = "2024-11-23" },
            Places = { "Calais", "Montreuil-sur-Mer" },
        });
        var readByJson = await ReadJsonAsync($"/v1/events/{byGrpc.EventId}");
        var byJson = await PostJsonAsync("/v1/events", new
        {
            kind = "EVENT_KIND_WORKSHOP",
            title = "Pour aller plus loin",
            dates = new { start = "2024-05-21", end = "2024-05-21" },
            videoLink = "https://visio.example.org/pour-aller-plus-loin",
        });
        var readByGrpc = await events.GetEventAsync(new GetEventRequest { EventId = byJson.GetProperty("eventId").GetString() });

        Assert.Equal(2, readByJson.GetProperty("places").GetArrayLength());
        Assert.Equal(EventKind.Workshop, readByGrpc.Kind);
    }

    [Fact]
    public async Task AProjectHolderSentByAClubIsCheckedAgainstTheClubsServiceAcrossTheCluster()
    {
        var clubs = new ClubsService.ClubsServiceClient(system.Grpc);
        var finance = new FinanceService.FinanceServiceClient(system.Grpc);
        var club = await clubs.RegisterClubAsync(new RegisterClubRequest { Name = "Cigales Solartois 2", Commune = "Arras", Department = "62" });

        var byGrpc = await finance.RegisterProjectHolderAsync(new RegisterProjectHolderRequest
        {
            ProjectName = "Madjikarité",
            Activity = "Savonnerie d'insertion",
            Town = "Fouquières-lès-Lens",
            ReferringClubId = club.ClubId,
        });
        var readByJson = await ReadJsonAsync($"/v1/project-holders/{byGrpc.ProjectHolderId}");
        var byJson = await PostJsonAsync("/v1/project-holders", new
        {
            projectName = "Uthopia",
            activity = "Épicerie solidaire",
            town = "Frévent",
            referringClubId = club.ClubId,
        });
        var readByGrpc = await finance.GetProjectHolderAsync(new GetProjectHolderRequest { ProjectHolderId = byJson.GetProperty("projectHolderId").GetString() });

        Assert.Equal(club.ClubId, readByJson.GetProperty("referringClubId").GetString());
        Assert.Equal(club.ClubId, readByGrpc.ReferringClubId);
    }

    [Fact]
    public async Task AnUnknownReferringClubIsNotFoundByGrpcAndByJson()
    {
        var finance = new FinanceService.FinanceServiceClient(system.Grpc);
        var request = new RegisterProjectHolderRequest { ProjectName = "Archiverre", Activity = "Vitrailliste", Town = "Bezinghem", ReferringClubId = "no-such-club" };

        await Statuses.RefusedAsync(StatusCode.NotFound, "referring_club_id", () => finance.RegisterProjectHolderAsync(request).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(
            await system.Json.PostAsJsonAsync("/v1/project-holders", new { projectName = "Archiverre", activity = "Vitrailliste", town = "Bezinghem", referringClubId = "no-such-club" }),
            404,
            "referring_club_id");
    }

    [Fact]
    public async Task MalformedRequestsAreRefusedNamingTheFieldByGrpcAndByJson()
    {
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "name",
            () => new ClubsService.ClubsServiceClient(system.Grpc).RegisterClubAsync(new RegisterClubRequest { Department = "62" }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(await system.Json.PostAsJsonAsync("/v1/clubs", new { department = "62" }), 400, "name");

        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "amount",
            () => new GrantsService.GrantsServiceClient(system.Grpc).RegisterConventionAsync(new RegisterConventionRequest
            {
                FileNumber = "x",
                Funder = new Contracts.Grants.V1.Party { Name = "f" },
                Beneficiary = new Contracts.Grants.V1.Party { Name = "b" },
                Amount = new Money { Cents = -1 },
                Period = new DateRange { Start = "2025-01-01", End = "2025-01-01" },
            }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(
            await system.Json.PostAsJsonAsync("/v1/conventions", new { fileNumber = "x", funder = new { name = "f" }, beneficiary = new { name = "b" }, amount = new { cents = -1 }, period = new { start = "2025-01-01", end = "2025-01-01" } }),
            400,
            "amount");

        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "title",
            () => new EventsService.EventsServiceClient(system.Grpc).ScheduleEventAsync(new ScheduleEventRequest
            {
                Kind = EventKind.Webinar,
                Dates = new DateRange { Start = "2025-01-01", End = "2025-01-01" },
                VideoLink = "https://visio.example.org/w",
            }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(
            await system.Json.PostAsJsonAsync("/v1/events", new { kind = "EVENT_KIND_WEBINAR", dates = new { start = "2025-01-01", end = "2025-01-01" }, videoLink = "https://visio.example.org/w" }),
            400,
            "title");

        await Statuses.RefusedAsync(StatusCode.NotFound, "club_id",
            () => new ClubsService.ClubsServiceClient(system.Grpc).GetClubAsync(new GetClubRequest { ClubId = "nope" }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(await system.Json.GetAsync("/v1/conventions/nope"), 404, "convention_id");
    }

    private async Task<JsonElement> ReadJsonAsync(string path) =>
        JsonDocument.Parse(await system.Json.GetStringAsync(path)).RootElement;

    private async Task<JsonElement> PostJsonAsync(string path, object body)
    {
        using var response = await system.Json.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
