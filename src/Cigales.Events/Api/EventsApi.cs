using Cigales.Contracts.Events.V1;
using Cigales.Events.Domain;
using Cigales.Events.Grains;
using Cigales.Events.Projections;
using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;
using static Cigales.Events.Api.EventsEnums;
using Event = Cigales.Contracts.Events.V1.Event;
using EventFigures = Cigales.Contracts.Events.V1.EventFigures;
using OutsideWork = Cigales.Contracts.Events.V1.OutsideWork;
using Registration = Cigales.Contracts.Events.V1.Registration;

namespace Cigales.Events.Api;

/// <summary>The Events gRPC service (and, through transcoding, its JSON API): map, ask the grain or the read model, map back.</summary>
public sealed class EventsApi(IGrainFactory grains, IQuerySession query) : EventsService.EventsServiceBase
{
    public override async Task<Event> ScheduleEvent(ScheduleEventRequest request, ServerCallContext context) =>
        (await Grain(RequestValues.NewEntityId(request.RequestId)).ScheduleAsync(request.ToCommand())).ToContract();

    public override async Task<Event> GetEvent(GetEventRequest request, ServerCallContext context)
    {
        var @event = await Grain(request.EventId).GetAsync();
        return @event?.ToContract()
            ?? throw new RefusedException(Unknown.Event(request.EventId));
    }

    public override async Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context)
    {
        IQueryable<EventView> events = query.Query<EventView>();
        if (request.From.Length > 0)
        {
            var from = RequestValues.Date("from", request.From).DayNumber;
            events = events.Where(view => view.StartDay >= from);
        }

        if (request.To.Length > 0)
        {
            var to = RequestValues.Date("to", request.To).DayNumber;
            events = events.Where(view => view.StartDay <= to);
        }

        if (request.Kind != Contracts.Events.V1.EventKind.Unspecified)
        {
            var kind = Kinds.ToDomain(request.Kind);
            events = events.Where(view => view.Kind == kind);
        }

        if (request.State != Contracts.Events.V1.EventState.Unspecified)
        {
            var status = States.ToDomain(request.State);
            events = events.Where(view => view.Status == status);
        }

        var page = await events.ReadPageAsync(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListEventsResponse { Events = { page.Items.Select(view => view.ToSnapshot().ToContract()) }, Page = page.ToContract() };
    }

    public override async Task<Event> SetRegistrationOpen(SetRegistrationOpenRequest request, ServerCallContext context) =>
        (await Grain(request.EventId).SetRegistrationOpenAsync(request.Open)).ToContract();

    public override async Task<Registration> Register(RegisterRequest request, ServerCallContext context) =>
        (await Grain(request.EventId).RegisterAsync(new Register(RequestValues.NewEntityId(request.RequestId), request.Registrant.ToDomain(), request.Place))).ToContract();

    public override async Task<ListRegistrationsResponse> ListRegistrations(ListRegistrationsRequest request, ServerCallContext context) =>
        new() { Registrations = { (await Grain(request.EventId).GetRegistrationsAsync()).Select(registration => registration.ToContract()) } };

    public override async Task<Registration> CancelRegistration(CancelRegistrationRequest request, ServerCallContext context) =>
        (await Grain(request.EventId).CancelRegistrationAsync(request.RegistrationId, RequestValues.Date("on", request.On))).ToContract();

    public override async Task<Event> CancelEvent(CancelEventRequest request, ServerCallContext context) =>
        (await Grain(request.EventId).CancelAsync(new CancelEvent(RequestValues.Date("on", request.On), CancellationReasons.ToDomain(request.Reason), request.Explanation))).ToContract();

    public override async Task<Event> RecordAttendance(RecordAttendanceRequest request, ServerCallContext context) =>
        (await Grain(request.EventId).RecordAttendanceAsync(request.ToCommand())).ToContract();

    public override async Task<Event> RecordTimeSpent(RecordTimeSpentRequest request, ServerCallContext context) =>
        (await Grain(request.EventId).RecordTimeSpentAsync(new RecordTimeSpent(RequestValues.Key(request.RequestId), request.Entries.Select(entry => entry.ToDomain()).ToList(), request.Reason))).ToContract();

    public override async Task<EventFigures> GetEventFigures(GetEventFiguresRequest request, ServerCallContext context)
    {
        var figures = Domain.EventFigures.For(request.Year, await EventsAsync(new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31)));
        return new EventFigures
        {
            Year = figures.Year,
            Kinds = { figures.Kinds.Select(kind => kind.ToContract()) },
            Total = figures.Total.ToContract(),
            HoldersMet = figures.HoldersMet,
        };
    }

    public override async Task<TimeSpentByAxis> GetTimeSpent(GetTimeSpentRequest request, ServerCallContext context)
    {
        var (from, to) = (RequestValues.Date("period.start", request.Period.Start), RequestValues.Date("period.end", request.Period.End));
        var axes = Domain.EventFigures.TimeByAxis(await EventsAsync(from, to), await OutsideWorkView.StartingBetweenAsync(query, from, to), from, to, request.ConventionId);
        return new TimeSpentByAxis { Period = request.Period, Axes = { axes.Select(axis => axis.ToContract()) } };
    }

    public override async Task<OutsideWork> RecordOutsideWork(RecordOutsideWorkRequest request, ServerCallContext context) =>
        (await grains.GetGrain<IOutsideWorkGrain>(RequestValues.NewEntityId(request.RequestId)).RecordAsync(request.ToCommand())).ToContract();

    public override async Task<OutsideWork> GetOutsideWork(GetOutsideWorkRequest request, ServerCallContext context)
    {
        var work = await grains.GetGrain<IOutsideWorkGrain>(request.WorkId).GetAsync();
        return work?.ToContract()
            ?? throw new RefusedException(Refusal.NotFound("work_id", "outside_work.exists", $"no outside work has the id '{request.WorkId}'"));
    }

    public override async Task<ListOutsideWorkResponse> ListOutsideWork(ListOutsideWorkRequest request, ServerCallContext context)
    {
        IQueryable<OutsideWorkView> work = query.Query<OutsideWorkView>();
        if (request.Period is { } period)
        {
            var (from, to) = (RequestValues.Date("period.start", period.Start).DayNumber, RequestValues.Date("period.end", period.End).DayNumber);
            work = work.Where(view => view.StartDay >= from && view.StartDay <= to);
        }

        if (request.ConventionId.Length > 0 && request.Axis > 0)
        {
            var axis = OutsideWorkView.AxisKey(request.ConventionId, request.Axis);
            work = work.Where(view => view.Axes.Contains(axis));
        }
        else if (request.ConventionId.Length > 0)
        {
            var convention = request.ConventionId;
            work = work.Where(view => view.Conventions.Contains(convention));
        }

        var page = await work.ReadPageAsync(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListOutsideWorkResponse { Work = { page.Items.Select(view => view.ToSnapshot().ToContract()) }, Page = page.ToContract() };
    }

    private Task<IReadOnlyList<EventSnapshot>> EventsAsync(DateOnly from, DateOnly to) => EventView.StartingBetweenAsync(query, from, to);

    private IEventGrain Grain(string id) => grains.GetGrain<IEventGrain>(id);
}
