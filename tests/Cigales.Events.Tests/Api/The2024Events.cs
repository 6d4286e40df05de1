using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using D = Cigales.Events.Domain;

namespace Cigales.Events.Tests.Api;

/// <summary>The 2024 events of the reference file recorded through the API, and the year's figures read back.</summary>
public sealed class The2024Events(ReferenceEventsHost service) : IClassFixture<ReferenceEventsHost>, IAsyncLifetime
{
    private readonly EventsService.EventsServiceClient _grpc = new(service.Channel);

    public async ValueTask InitializeAsync()
    {
        foreach (var e in Reference2024.Events)
        {
            var request = new ScheduleEventRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                Kind = System.Enum.Parse<EventKind>(e.Schedule.Kind.ToString()), // the contract names the kinds as the domain does
                Title = e.Schedule.Title,
                Dates = new DateRange { Start = $"{e.Schedule.Start:yyyy-MM-dd}", End = $"{e.Schedule.End:yyyy-MM-dd}" },
                Places = { e.Schedule.Places.Select(place => new Place { Name = place.Name }) },
                VideoLink = e.Schedule.VideoLink,
            };
            var id = (await _grpc.ScheduleEventAsync(request)).EventId;
            if (e.Attendance is { } counts)
            {
                await _grpc.RecordAttendanceAsync(new RecordAttendanceRequest { EventId = id, Attendance = ToContract(counts), DeclaredTotal = counts.Total });
            }

            if (e.Cancellation is { } reason)
            {
                await _grpc.CancelEventAsync(new CancelEventRequest { EventId = id, On = request.Dates.Start, Reason = CancellationReason.NotEnoughParticipants, Explanation = reason });
            }
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task TheThreeWorkshopsMetSevenProjectHoldersAndTheEntrCitoyensWasCancelled()
    {
        var figures = await _grpc.GetEventFiguresAsync(new GetEventFiguresRequest { Year = 2024 });
        var cancelled = await _grpc.ListEventsAsync(new ListEventsRequest { State = EventState.Cancelled, Page = new PageRequest { Size = 10 } });

        var workshops = figures.Kinds.Single(kind => kind.Kind == EventKind.Workshop);
        Assert.Equal((3, 7), (workshops.Held, workshops.Attendance.Holders));
        Assert.Equal(19, figures.HoldersMet);
        var meeting = Assert.Single(cancelled.Events);
        Assert.Equal((EventKind.EntrCitoyens, "2024-10-15", "not enough participants"), (meeting.Kind, meeting.CancelledOn, meeting.CancellationReason));
    }

    private static Attendance ToContract(D.Attendance a) => new()
    {
        ProjectsAnnounced = a.ProjectsAnnounced,
        ProjectsPresent = a.ProjectsPresent,
        Holders = a.Holders,
        Volunteers = a.Volunteers,
        Staff = a.Staff,
        Others = a.Others,
    };
}
