using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.GrainInterfaces.Events;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Google.Protobuf.WellKnownTypes;
using ContractKind = Cigales.Contracts.Events.V1.EventKind;
using EventKind = Cigales.GrainInterfaces.Events.EventKind;

namespace Cigales.Events.Api;

internal static class EventMapping
{
    private static readonly EnumMap<ContractKind, EventKind> Kinds = new(
        (ContractKind.CigalesCherchentFourmis, EventKind.CigalesCherchentFourmis),
        (ContractKind.Workshop, EventKind.Workshop),
        (ContractKind.EntrCitoyens, EventKind.EntrCitoyens),
        (ContractKind.Webinar, EventKind.Webinar),
        (ContractKind.InterClub, EventKind.InterClub),
        (ContractKind.Afterwork, EventKind.Afterwork),
        (ContractKind.AperoCigales, EventKind.AperoCigales),
        (ContractKind.Breakfast, EventKind.Breakfast),
        (ContractKind.Regional, EventKind.Regional),
        (ContractKind.Partner, EventKind.Partner));

    public static ScheduleEvent ToCommand(this ScheduleEventRequest request) => new(
        Kinds.ToDomain(request.Kind),
        request.Title,
        RequestValues.Date("dates.start", request.Dates.Start),
        RequestValues.Date("dates.end", request.Dates.End),
        request.Places.ToList(),
        request.VideoLink);

    public static Event ToContract(this EventSnapshot @event) => new()
    {
        EventId = @event.EventId,
        Kind = Kinds.ToContract(@event.Kind),
        Title = @event.Title,
        Dates = new DateRange { Start = CalendarDate.ToIso(@event.Start), End = CalendarDate.ToIso(@event.End) },
        Places = { @event.Places },
        VideoLink = @event.VideoLink,
        RegisteredAt = Timestamp.FromDateTimeOffset(@event.RegisteredAt),
    };
}
