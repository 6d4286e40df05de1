using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Testing;
using Grpc.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
    public async Task The2025ConventionIsVotedSignedPaidAndPublishedThroughTheGateway()
    {
        var grants = new GrantsService.GrantsServiceClient(system.Grpc);
        var (id, funderId, budgetLineId) = await The2025Convention.DraftAsync(system);
        await grants.RecordCommitteeReportAsync(new RecordCommitteeReportRequest { ConventionId = id, Report = new CommitteeReport { Number = "26", OpinionOn = "2025-05-05" } });
        await PostJsonAsync($"/v1/conventions/{id}/deliberation", new { deliberation = new { number = "2025-157", on = "2025-05-19", @for = 43, absentWithoutProxy = 1 } });
        await grants.SignConventionAsync(new DatedRequest { ConventionId = id, On = "2025-06-02" });
        var paid = await grants.RecordGrantPaymentAsync(new RecordGrantPaymentRequest { ConventionId = id, RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 990_000 }, On = "2025-06-20" });
        var lineAfter = await ReadJsonAsync($"/v1/budget-lines/{budgetLineId}");
        var csv = await system.Json.GetStringAsync($"/v1/open-data/subventions?funderId={funderId}&year=2025");

        Assert.Equal((ConventionStatus.Paid, 990_000L), (paid.Status, paid.Paid.Cents));
        Assert.Equal(9_010_000, lineAfter.GetProperty("available").GetProperty("cents").GetInt64());
        Assert.Contains(",2025-06-02,2025-157,Les Cigales des Hauts-de-France,38035677400055,,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHolderWhoPitchesAtAPitchNightServingTheConventionIsPitchedInFinance()
    {
        var events = new EventsService.EventsServiceClient(system.Grpc);
        var finance = new FinanceService.FinanceServiceClient(system.Grpc);
        var (conventionId, _, _) = await The2025Convention.DraftAsync(system);
        var holder = await finance.RegisterProjectHolderAsync(new RegisterProjectHolderRequest { ProjectName = "Madjikarité", Activity = "Savonnerie d'insertion", Town = "Fouquières-lès-Lens" });
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // Events asks Grants whether the convention has an axis 3, and Finance to move the holder: across the cluster.
        var night = await PostJsonAsync("/v1/events", new
        {
            kind = "EVENT_KIND_CIGALES_CHERCHENT_FOURMIS",
            title = "Cigales cherchent Fourmis",
            dates = new { start = today, end = today },
            places = new[] { new { name = "Calais", capacity = 10 }, new { name = "Montreuil-sur-Mer", capacity = 10 } },
            axis = new { conventionId, axis = 3 },
            registration = new { open = true },
        });
        var eventId = night.GetProperty("eventId").GetString()!;
        var registration = await PostJsonAsync($"/v1/events/{eventId}/registrations", new
        {
            registrant = new { kind = "REGISTRANT_KIND_PROJECT_HOLDER", name = "Awa", projectName = "Madjikarité", projectHolderId = holder.ProjectHolderId },
            place = "Calais",
        });
        var held = await events.RecordAttendanceAsync(new RecordAttendanceRequest
        {
            EventId = eventId,
            Attendance = new Attendance { Holders = 1, Volunteers = 6, Staff = 1, Others = 4 },
            DeclaredTotal = 12,
            CheckedIn = { registration.GetProperty("registrationId").GetString() },
        });
        var wrongAxis = await system.Json.PostAsJsonAsync("/v1/events", new
        {
            kind = "EVENT_KIND_WORKSHOP", title = "Pour aller plus loin", dates = new { start = today, end = today },
            videoLink = "https://visio.example.org/pour-aller-plus-loin", axis = new { conventionId, axis = 4 },
        });

        Assert.Equal(12, held.Attendance.Total);
        Assert.True(Assert.Single(held.Pitches).Moved);
        var pitched = await finance.GetProjectHolderAsync(new GetProjectHolderRequest { ProjectHolderId = holder.ProjectHolderId });
        Assert.Equal(PipelineStage.Pitched, pitched.Stage);
        await Statuses.RefusedAsJsonAsync(wrongAxis, 400, "axis");
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

        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "siret",
            () => new GrantsService.GrantsServiceClient(system.Grpc).RegisterOrganisationAsync(new RegisterOrganisationRequest { Name = "x", Siret = "22620001200013" }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(await system.Json.PostAsJsonAsync("/v1/organisations", new { siret = "22620001200012" }), 400, "name");

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
