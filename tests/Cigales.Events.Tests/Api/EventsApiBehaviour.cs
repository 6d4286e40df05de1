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

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static ScheduleEventRequest PitchNight(string day = "2024-04-20") => new()
    {
        Kind = EventKind.CigalesCherchentFourmis,
        Title = "Cigales cherchent Fourmis",
        Dates = new DateRange { Start = day, End = day },
        StartTime = "14:00",
        EndTime = "18:00",
        Places = { new Place { Name = "Guînes", Capacity = 2 }, new Place { Name = "Boulogne-sur-Mer", Capacity = 2 } },
        Registration = new RegistrationSettings { Open = true },
    };

    [Fact]
    public async Task AnEventScheduledByGrpcIsReadBackByGrpcAndJson()
    {
        var scheduled = await _grpc.ScheduleEventAsync(PitchNight());

        var read = await _grpc.GetEventAsync(new GetEventRequest { EventId = scheduled.EventId });
        using var json = JsonDocument.Parse(await _json.GetStringAsync($"/v1/events/{scheduled.EventId}"));

        Assert.Equal(scheduled, read);
        Assert.Equal(["Guînes", "Boulogne-sur-Mer"], read.Places.Select(place => place.Name));
        Assert.Equal((EventFormat.InPerson, EventState.Scheduled, "14:00"), (read.Format, read.State, read.StartTime));
        Assert.Equal("EVENT_KIND_CIGALES_CHERCHENT_FOURMIS", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("2024-04-20", json.RootElement.GetProperty("dates").GetProperty("start").GetString());
    }

    [Fact]
    public async Task RegistrationsFillThePlaceThenWaitAndACancellationPromotesTheFirstWaiting()
    {
        var id = (await _grpc.ScheduleEventAsync(PitchNight(Iso(Today.AddDays(40))))).EventId;
        var registrations = new List<JsonElement>();
        foreach (var name in new[] { "Anne", "Bruno", "Chloé", "David" })
        {
            var response = await _json.PostAsJsonAsync($"/v1/events/{id}/registrations", new
            {
                registrant = new { kind = "REGISTRANT_KIND_PROJECT_HOLDER", name, projectName = $"Projet de {name}" },
                place = "Guînes",
            });
            response.EnsureSuccessStatusCode();
            registrations.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        }

        var cancelled = await _json.PostAsJsonAsync($"/v1/events/{id}/registrations/{registrations[0].GetProperty("registrationId").GetString()}/cancellation", new { on = Iso(Today) });
        var listed = await _grpc.ListRegistrationsAsync(new ListRegistrationsRequest { EventId = id });

        Assert.Equal(["REGISTRATION_STATUS_CONFIRMED", "REGISTRATION_STATUS_CONFIRMED", "REGISTRATION_STATUS_WAITING", "REGISTRATION_STATUS_WAITING"],
            registrations.Select(r => r.GetProperty("status").GetString()));
        cancelled.EnsureSuccessStatusCode();
        Assert.Equal(
            [("Bruno", RegistrationStatus.Confirmed), ("Chloé", RegistrationStatus.Confirmed), ("David", RegistrationStatus.Waiting), ("Anne", RegistrationStatus.Cancelled)],
            listed.Registrations.Select(r => (r.Registrant.Name, r.Status)));
        Assert.Equal(1, listed.Registrations[2].WaitingPosition);
    }

    [Fact]
    public async Task AnAttendanceWhoseTotalDoesNotAddUpIsRefusedByJsonAndChangesNothing()
    {
        var id = (await _grpc.ScheduleEventAsync(PitchNight())).EventId;
        var eventsBefore = await service.CountEventsAsync();

        var refused = await _json.PutAsJsonAsync($"/v1/events/{id}/attendance", new { attendance = new { holders = 5, others = 12 }, declaredTotal = 18 });
        var held = await _json.PutAsJsonAsync($"/v1/events/{id}/attendance", new { attendance = new { holders = 5, others = 12 }, declaredTotal = 17 });

        await Statuses.RefusedAsJsonAsync(refused, 400, "declared_total");
        held.EnsureSuccessStatusCode();
        Assert.Equal(eventsBefore + 1, await service.CountEventsAsync());
        Assert.Equal(17, (await _grpc.GetEventAsync(new GetEventRequest { EventId = id })).Attendance.Total);
    }

    [Fact]
    public async Task UpcomingAndPastEventsAreListedApart()
    {
        var upcoming = (await _grpc.ScheduleEventAsync(PitchNight(Iso(Today.AddDays(10))))).EventId;
        var past = (await _grpc.ScheduleEventAsync(PitchNight(Iso(Today.AddDays(-10))))).EventId;
        await _grpc.RecordAttendanceAsync(new RecordAttendanceRequest { EventId = past, Attendance = new Attendance { Holders = 3, Others = 9 } });

        using var next = JsonDocument.Parse(await _json.GetStringAsync($"/v1/events?from={Iso(Today)}&state=EVENT_STATE_SCHEDULED&page.size=100"));
        var held = await _grpc.ListEventsAsync(new ListEventsRequest { To = Iso(Today), State = EventState.Held, Page = new PageRequest { Size = 100 } });

        var nextIds = next.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("eventId").GetString()).ToList();
        Assert.Contains(upcoming, nextIds);
        Assert.DoesNotContain(past, nextIds);
        Assert.Equal(12, Assert.Single(held.Events, e => e.EventId == past).Attendance.Total);
        Assert.DoesNotContain(held.Events, e => e.EventId == upcoming);
    }

    [Fact]
    public async Task MalformedRequestsAreRefusedNamingTheFieldAndNothingIsStored()
    {
        var eventsBefore = await service.CountEventsAsync();
        var untitled = PitchNight();
        untitled.Title = "";
        untitled.Kind = EventKind.Unspecified;
        var badTime = PitchNight();
        badTime.StartTime = "25:00";

        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "title", () => _grpc.ScheduleEventAsync(untitled).ResponseAsync);
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "kind", () => _grpc.ScheduleEventAsync(untitled).ResponseAsync);
        var time = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "start_time", () => _grpc.ScheduleEventAsync(badTime).ResponseAsync);
        var withoutKey = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "request_id", () => _grpc.RecordTimeSpentAsync(new RecordTimeSpentRequest
        {
            EventId = "e",
            Entries = { new TimeEntry { StaffDays = 1, Axis = new ConventionAxis { ConventionId = "c", Axis = 1 } } },
        }).ResponseAsync);
        var json = await _json.PostAsJsonAsync("/v1/events", new { kind = "EVENT_KIND_WEBINAR", dates = new { start = "2024-01-01", end = "2024-01-01" }, videoLink = "https://visio.example.org/w" });

        Assert.Equal("time.exists", time.Reason);
        Assert.Equal("string.uuid_empty", withoutKey.Reason);
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
        await Statuses.RefusedAsync(StatusCode.NotFound, "event_id",
            () => _grpc.ListRegistrationsAsync(new ListRegistrationsRequest { EventId = "nope" }).ResponseAsync);
    }
}
