using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Events.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class EventsApiBehaviour(EventsServiceHost service)
{
    private readonly EventsService.EventsServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    private static ScheduleEventRequest PitchNight() => new()
    {
        Kind = EventKind.CigalesCherchentFourmis,
        Title = "Cigales cherchent Fourmis",
        Dates = new DateRange { Start = "2024-04-20", End = "2024-04-20" },
        Places = { "Guînes", "Boulogne-sur-Mer" },
    };

    [Fact]
    public async Task AnEventScheduledByGrpcIsReadBackByGrpcAndJson()
    {
        var scheduled = await _grpc.ScheduleEventAsync(PitchNight());

        var read = await _grpc.GetEventAsync(new GetEventRequest { EventId = scheduled.EventId });
        using var json = JsonDocument.Parse(await _json.GetStringAsync($"/v1/events/{scheduled.EventId}"));

        Assert.Equal(scheduled, read);
        Assert.Equal(["Guînes", "Boulogne-sur-Mer"], read.Places);
        Assert.Equal("EVENT_KIND_CIGALES_CHERCHENT_FOURMIS", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("2024-04-20", json.RootElement.GetProperty("dates").GetProperty("start").GetString());
    }

    [Fact]
    public async Task AnEventScheduledByJsonIsListedByDate()
    {
        var response = await _json.PostAsJsonAsync("/v1/events", new
        {
            kind = "EVENT_KIND_AFTERWORK",
            title = "Mon argent est-il éthique et solidaire ?",
            dates = new { start = "2024-12-04", end = "2024-12-04" },
            places = new[] { "Arras" },
        });
        response.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("eventId").GetString();
        await _grpc.ScheduleEventAsync(PitchNight());

        var page = await _grpc.ListEventsAsync(new ListEventsRequest { Page = new PageRequest { Size = 100 } });

        Assert.Contains(page.Events, listed => listed.EventId == id);
        var starts = page.Events.Select(listed => listed.Dates.Start).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
    }

    [Fact]
    public async Task AnEventWithoutATitleOrKindIsRefusedNamingBothFieldsAndNothingIsStored()
    {
        var eventsBefore = await service.CountEventsAsync();
        var request = PitchNight();
        request.Title = "";
        request.Kind = EventKind.Unspecified;

        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "title", () => _grpc.ScheduleEventAsync(request).ResponseAsync);
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "kind", () => _grpc.ScheduleEventAsync(request).ResponseAsync);
        var json = await _json.PostAsJsonAsync("/v1/events", new { kind = "EVENT_KIND_WEBINAR", dates = new { start = "2024-01-01", end = "2024-01-01" }, videoLink = "https://visio.example.org/w" });

        await Statuses.RefusedAsJsonAsync(json, 400, "title");
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task AnEventWithNeitherPlaceNorLinkIsRefused()
    {
        var request = PitchNight();
        request.Places.Clear();

        var exception = await Assert.ThrowsAsync<RpcException>(() => _grpc.ScheduleEventAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        Assert.Contains("at least one place or a video link", exception.Status.Detail);
    }

    [Fact]
    public async Task AnUnknownEventIsNotFoundNamingTheId()
    {
        await Statuses.RefusedAsync(StatusCode.NotFound, "event_id",
            () => _grpc.GetEventAsync(new GetEventRequest { EventId = "nope" }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(await _json.GetAsync("/v1/events/nope"), 404, "event_id");
    }
}
