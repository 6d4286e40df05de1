using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.DemoData.Reference;
using Grpc.Net.Client;

namespace Cigales.DemoData.Import;

/// <summary>The 2024 events: held with their head counts, or cancelled with their reason.</summary>
internal sealed class EventsImport(GrpcChannel gateway)
{
    // The file does not give the workshops' video link.
    private const string VideoLink = "https://visio.cigales-hdf.org/pour-aller-plus-loin";

    private readonly EventsService.EventsServiceClient _events = new(gateway);

    public async Task EventsAsync(IEnumerable<ReferenceEvent> events, CancellationToken cancellation)
    {
        foreach (var reference in events)
        {
            var scheduled = await _events.ScheduleEventAsync(new ScheduleEventRequest
            {
                RequestId = DemoIds.For($"event/{reference.Date}/{reference.Kind}"),
                Kind = Kind(reference.Kind),
                Title = reference.Title,
                Dates = new DateRange { Start = reference.Date, End = reference.Date },
                Places = { (reference.Places ?? []).Select(place => new Place { Name = place }) },
                VideoLink = reference.Format == "video" ? VideoLink : string.Empty,
            }, cancellationToken: cancellation);

            if (reference.Attendance is { } counts)
            {
                // The people the file does not type are counted as others; the same counts again change nothing.
                await _events.RecordAttendanceAsync(new RecordAttendanceRequest
                {
                    EventId = scheduled.EventId,
                    Attendance = new Attendance
                    {
                        ProjectsAnnounced = counts.ProjectsAnnounced,
                        ProjectsPresent = counts.ProjectsPresent,
                        Holders = counts.Holders,
                        Volunteers = counts.Volunteers,
                        Staff = counts.Staff,
                        Others = counts.Total - counts.Holders - counts.Volunteers - counts.Staff,
                    },
                    DeclaredTotal = counts.Total,
                }, cancellationToken: cancellation);
            }

            if (reference.Cancelled is { } reason && scheduled.State == EventState.Scheduled)
            {
                await _events.CancelEventAsync(new CancelEventRequest
                {
                    EventId = scheduled.EventId,
                    On = reference.Date,
                    Reason = reason.Contains("participants", StringComparison.OrdinalIgnoreCase) ? CancellationReason.NotEnoughParticipants : CancellationReason.Other,
                    Explanation = reason,
                }, cancellationToken: cancellation);
            }
        }
    }

    private static EventKind Kind(string kind) => kind switch
    {
        "ccf" => EventKind.CigalesCherchentFourmis,
        "workshop" => EventKind.Workshop,
        "entr-citoyens" => EventKind.EntrCitoyens,
        "regional" => EventKind.Regional,
        "inter-club" => EventKind.InterClub,
        "afterwork" => EventKind.Afterwork,
        "webinar" => EventKind.Webinar,
        _ => EventKind.Other,
    };
}
