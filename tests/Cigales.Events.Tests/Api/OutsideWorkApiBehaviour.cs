using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Testing;
using Grpc.Core;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using D = Cigales.Events.Domain;
using GrantsAxis = Cigales.GrainInterfaces.Grants.ConventionAxis;

namespace Cigales.Events.Tests.Api;

/// <summary>
/// Outside work and attendance by place through gRPC and JSON. The service alone hosts no
/// convention (the grain tests record outside work against real ones): the records listed here
/// are stored as the grain stores them.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OutsideWorkApiBehaviour(EventsServiceHost service)
{
    private readonly EventsService.EventsServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    private static string NewId() => Guid.NewGuid().ToString("N");

    private async Task<string> StoredAsync(string convention, D.OutsideWorkKind kind, string description, DateOnly start, params (int Axis, decimal Days, decimal Hours)[] time)
    {
        var id = NewId();
        var details = new D.RecordOutsideWork(kind, description, start, start, time.Select(t => new D.TimeEntry("", t.Days, t.Hours, new GrantsAxis(convention, t.Axis))).ToList());
        await using var session = service.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.StartStream(id, new D.OutsideWorkRecorded(id, details, DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
        return id;
    }

    [Fact]
    public async Task OutsideWorkIsListedByConventionAndAxisAndCountsApartInTheTimeSpent()
    {
        var convention = NewId();
        var newsletter = await StoredAsync(convention, D.OutsideWorkKind.Newsletter, "Lettre d'information de mars", new DateOnly(2025, 3, 3), (1, 0.5m, 6));
        var meeting = await StoredAsync(convention, D.OutsideWorkKind.PartnerMeeting, "Réunion du Pôle de la Finance Solidaire", new DateOnly(2025, 4, 2), (2, 1, 0), (1, 0, 2));
        await StoredAsync(convention, D.OutsideWorkKind.Administration, "Suivi administratif 2024", new DateOnly(2024, 12, 2), (1, 3, 0));
        await StoredAsync(NewId(), D.OutsideWorkKind.Other, "Autre convention", new DateOnly(2025, 3, 4), (1, 9, 9));

        using var axis1 = JsonDocument.Parse(await _json.GetStringAsync($"/v1/outside-work?conventionId={convention}&axis=1&period.start=2025-01-01&period.end=2025-12-31"));
        var axis2 = await _grpc.ListOutsideWorkAsync(new ListOutsideWorkRequest { ConventionId = convention, Axis = 2 });
        var all = await _grpc.ListOutsideWorkAsync(new ListOutsideWorkRequest { ConventionId = convention, Page = new PageRequest { Size = 2 } });
        var time = await _grpc.GetTimeSpentAsync(new GetTimeSpentRequest { Period = new DateRange { Start = "2025-01-01", End = "2025-12-31" }, ConventionId = convention });

        Assert.Equal([newsletter, meeting], axis1.RootElement.GetProperty("work").EnumerateArray().Select(work => work.GetProperty("workId").GetString()));
        Assert.Equal("OUTSIDE_WORK_KIND_NEWSLETTER", axis1.RootElement.GetProperty("work")[0].GetProperty("kind").GetString());
        Assert.Equal([meeting], axis2.Work.Select(work => work.WorkId));
        Assert.Equal(2, all.Work.Count);
        Assert.NotEmpty(all.Page.NextToken);
        Assert.Equal(
            [(1, 0.5, 8d, 0.5, 8d, 2, 0), (2, 1, 0, 1, 0, 1, 0)],
            time.Axes.Select(a => (a.Axis.Axis, a.StaffDays, a.VolunteerHours, a.StaffDaysOutsideEvents, a.VolunteerHoursOutsideEvents, a.OutsideWork, a.Events)));
        Assert.Equal("Réunion du Pôle de la Finance Solidaire", (await _grpc.GetOutsideWorkAsync(new GetOutsideWorkRequest { WorkId = meeting })).Description);
    }

    [Fact]
    public async Task BadOutsideWorkIsRefusedNamingTheFieldAndNothingIsStored()
    {
        var eventsBefore = await service.CountEventsAsync();

        var withoutKey = await _json.PostAsJsonAsync("/v1/outside-work", new
        {
            kind = "OUTSIDE_WORK_KIND_NEWSLETTER",
            description = "Lettre d'information",
            dates = new { start = "2025-03-03", end = "2025-03-07" },
            entries = new[] { new { staffDays = 0.5, axis = new { conventionId = "c", axis = 1 } } },
        });
        var undescribed = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "description", () => _grpc.RecordOutsideWorkAsync(new RecordOutsideWorkRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            Kind = OutsideWorkKind.Newsletter,
            Dates = new DateRange { Start = "2025-03-03", End = "2025-03-07" },
            Entries = { new Contracts.Events.V1.TimeEntry { StaffDays = 1, Axis = new Contracts.Events.V1.ConventionAxis { ConventionId = "c", Axis = 1 } } },
        }).ResponseAsync);
        var axisAlone = await Statuses.RefusedByRuleAsync(StatusCode.InvalidArgument, "outside_work.axis_needs_convention",
            () => _grpc.ListOutsideWorkAsync(new ListOutsideWorkRequest { Axis = 1 }).ResponseAsync);

        await Statuses.RefusedAsJsonAsync(withoutKey, 400, "request_id");
        Assert.Equal("required", undescribed.Reason);
        Assert.Contains("convention_id", axisAlone, StringComparison.Ordinal);
        await Statuses.RefusedAsync(StatusCode.NotFound, "work_id", () => _grpc.GetOutsideWorkAsync(new GetOutsideWorkRequest { WorkId = "nope" }).ResponseAsync);
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task APitchNightInTwoTownsIsCountedPlaceByPlaceByJson()
    {
        var id = (await _grpc.ScheduleEventAsync(new ScheduleEventRequest
        {
            Kind = Contracts.Events.V1.EventKind.CigalesCherchentFourmis,
            Title = "Cigales cherchent Fourmis",
            Dates = new DateRange { Start = "2024-11-23", End = "2024-11-23" },
            Places = { new Contracts.Events.V1.Place { Name = "Calais" }, new Contracts.Events.V1.Place { Name = "Montreuil-sur-Mer" } },
        })).EventId;

        var both = await _json.PutAsJsonAsync($"/v1/events/{id}/attendance", new
        {
            attendance = new { holders = 1 },
            places = new[] { new { place = "Calais", attendance = new { holders = 1 } } },
        });
        var held = await _json.PutAsJsonAsync($"/v1/events/{id}/attendance", new
        {
            places = new object[]
            {
                new { place = "Calais", attendance = new { projectsAnnounced = 4, projectsPresent = 3, holders = 3, volunteers = 5, staff = 1, others = 6 } },
                new { place = "Montreuil-sur-Mer", attendance = new { projectsAnnounced = 3, projectsPresent = 2, holders = 2, volunteers = 4, staff = 1, others = 3 } },
            },
            declaredTotal = 25,
        });
        var read = await _grpc.GetEventAsync(new GetEventRequest { EventId = id });

        Assert.Equal(400, (int)both.StatusCode);
        Assert.Contains("attendance.whole_or_by_place", await both.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Statuses.RefusedByRuleAsync(StatusCode.InvalidArgument, "attendance.whole_or_by_place",
            () => _grpc.RecordAttendanceAsync(new RecordAttendanceRequest { EventId = id }).ResponseAsync);
        held.EnsureSuccessStatusCode();
        Assert.Equal((25, 5, 7), (read.Attendance.Total, read.Attendance.Holders, read.Attendance.ProjectsAnnounced));
        Assert.Equal([("Calais", 15), ("Montreuil-sur-Mer", 10)], read.AttendanceByPlace.Select(place => (place.Place, place.Attendance.Total)));
    }
}
