using Cigales.Contracts.Events.V1;
using Cigales.Events.Projections;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Events;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;

namespace Cigales.Events.Api;

/// <summary>The Events gRPC service (and, through transcoding, its JSON API): map, ask the grain, map back.</summary>
public sealed class EventsApi(IGrainFactory grains, IQuerySession query) : EventsService.EventsServiceBase
{
    public override async Task<Event> ScheduleEvent(ScheduleEventRequest request, ServerCallContext context)
    {
        var @event = grains.GetGrain<IEventGrain>(RequestValues.NewEntityId(request.RequestId));
        return (await @event.ScheduleAsync(request.ToCommand())).ToContract();
    }

    public override async Task<Event> GetEvent(GetEventRequest request, ServerCallContext context)
    {
        var @event = await grains.GetGrain<IEventGrain>(request.EventId).GetAsync();
        return @event?.ToContract()
            ?? throw new RefusedException(Refusal.NotFound("event_id", "event.exists", $"no event has the id '{request.EventId}'"));
    }

    public override async Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context)
    {
        var page = await query.ReadPageAsync<EventView>(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListEventsResponse
        {
            Events = { page.Items.Select(view => view.ToSnapshot().ToContract()) },
            Page = page.ToContract(),
        };
    }
}
