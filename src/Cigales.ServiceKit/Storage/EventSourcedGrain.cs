using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.History;
using Cigales.SharedKernel;
using Marten;
using Microsoft.Extensions.Logging;

namespace Cigales.ServiceKit.Storage;

/// <summary>
/// A grain that is the single writer of one aggregate's event stream (the stream id is the
/// grain's key). On activation it folds the stream into its state; for each command it lets the
/// domain decide, appends the new events with the expected version (inline projections commit in
/// the same transaction) signed with who asked for them, and only then updates its state and answers. A write is thus either
/// stored and acknowledged, or refused and nothing changed.
/// </summary>
public abstract class EventSourcedGrain<TState, TEvent>(IDocumentStore store, ILogger logger) : Grain
    where TState : IEventSourced<TState, TEvent>
    where TEvent : notnull
{
    protected TState State { get; private set; } = TState.Initial;

    /// <summary>The service's store, for the facts a grain reads beside its own stream.</summary>
    protected IDocumentStore Store { get; } = store;

    /// <summary>The number of events in the stream: 0 while the aggregate does not exist.</summary>
    protected long Version { get; private set; }

    protected string StreamId => this.GetPrimaryKeyString();

    /// <summary>
    /// The stream under this id holds another kind of aggregate (streams of one service share a
    /// store, and ids are chosen by clients through their request ids): this one does not exist,
    /// and cannot be created under the id.
    /// </summary>
    private bool _otherKind;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<JasperFx.Events.IEvent> events;
        try
        {
            await using var session = Store.QuerySession();
            events = await session.Events.FetchStreamAsync(StreamId, token: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Marten's and Npgsql's exceptions have no Orleans codec; the caller may retry.
            logger.LogWarning(exception, "Could not read stream {StreamId}", StreamId);
            throw new StoreUnavailableException($"the record could not be read: {exception.GetType().Name}");
        }

        if (events.Count > 0 && events[0].Data is not TEvent)
        {
            _otherKind = true;
            Version = events[^1].Version;
            return;
        }

        foreach (var stored in events)
        {
            State = State.Apply((TEvent)stored.Data);
            Version = stored.Version;
        }
    }

    /// <summary>
    /// Answers a read of the aggregate. An id that names nothing keeps its (empty) activation until
    /// Orleans collects it idle, like any other: let go at once, the calls queued behind the read
    /// were forwarded from one dying activation to the next and rejected (seen as UNAVAILABLE) when
    /// several asked for the same unknown id at once.
    /// </summary>
    protected Task<TSnapshot?> AnswerReadAsync<TSnapshot>(TSnapshot? snapshot)
        where TSnapshot : class =>
        Task.FromResult(snapshot);

    /// <summary>Stores what the domain decided, or throws its refusal; nothing is stored on refusal.</summary>
    /// <param name="alongside">Documents to store in the same transaction as the events (data kept out of the stream, such as a person's name).</param>
    protected async Task CommitAsync(Decision<TEvent> decision, Action<IDocumentSession>? alongside = null)
    {
        if (decision.IsRefused)
        {
            throw new RefusedException(decision.Refusals);
        }

        if (decision.Events.Count == 0)
        {
            return;
        }

        if (_otherKind)
        {
            throw new RefusedException(new Refusal(
                RefusalKind.AlreadyExists, string.Empty, "id.kind", $"the id '{StreamId}' already names another kind of record: choose another request_id"));
        }

        // The new state first: an event the state cannot take (an amount beyond what 64 bits of
        // cents hold) is refused here, before it is stored where every later load would meet it.
        var after = Apply(decision.Events);
        var events = decision.Events.Cast<object>().ToArray();
        await using var session = Store.LightweightSession();
        ChangeAuthors.Sign(session, CallerContext.Current, CallerContext.TraceId);
        if (Version == 0)
        {
            session.Events.StartStream(StreamId, events);
        }
        else
        {
            session.Events.Append(StreamId, Version + events.Length, events);
        }

        alongside?.Invoke(session);

        try
        {
            await session.SaveChangesAsync();
        }
        catch (Exception exception)
        {
            // Whatever happened, the state in memory may no longer match the stream: the next call
            // reloads it. Marten's exceptions have no Orleans codec, so none is passed on as is.
            DeactivateOnIdle();
            if (StoreConflicts.IsConcurrencyConflict(exception))
            {
                logger.LogWarning(exception, "Another writer appended to stream {StreamId} first", StreamId);
                throw new RefusedException(new Refusal(
                    RefusalKind.Aborted, string.Empty, "stream.concurrent_write", "another change was recorded first; retry"));
            }

            logger.LogError(exception, "Could not append to stream {StreamId}", StreamId);
            throw new StoreUnavailableException($"the change could not be stored: {exception.GetType().Name}");
        }

        State = after;
        Version += events.Length;
    }

    private TState Apply(IReadOnlyList<TEvent> events)
    {
        try
        {
            return events.Aggregate(State, (state, @event) => state.Apply(@event));
        }
        catch (OverflowException)
        {
            throw new RefusedException(Refusal.Invalid(
                string.Empty, "money.range", "the change would take an amount of this record beyond what its books can hold"));
        }
    }
}
