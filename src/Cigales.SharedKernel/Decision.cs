namespace Cigales.SharedKernel;

/// <summary>
/// What a decider answers to a command: the events to append (possibly none, for a command that
/// changes nothing, such as an idempotent retry), or the refusal — one, or every problem found
/// when a request is checked as a whole (a provisional budget, say).
/// </summary>
public sealed class Decision<TEvent>
{
    private Decision(IReadOnlyList<TEvent> events, IReadOnlyList<Refusal> refusals)
    {
        Events = events;
        Refusals = refusals;
    }

    public IReadOnlyList<TEvent> Events { get; }

    /// <summary>Every problem found; empty when accepted.</summary>
    public IReadOnlyList<Refusal> Refusals { get; }

    /// <summary>The (first) refusal, or null when accepted.</summary>
    public Refusal? Refusal => Refusals.Count > 0 ? Refusals[0] : null;

    public bool IsRefused => Refusals.Count > 0;

    public static Decision<TEvent> Accept(params TEvent[] events) => new(events, []);

    public static Decision<TEvent> Refuse(Refusal refusal) => new([], [refusal]);

    /// <summary>All the problems at once; they share the first one's kind.</summary>
    public static Decision<TEvent> Refuse(IReadOnlyList<Refusal> refusals) =>
        refusals.Count > 0 ? new([], refusals) : throw new ArgumentException("a refusal needs a reason", nameof(refusals));

    public static implicit operator Decision<TEvent>(Refusal refusal) => Refuse(refusal);
}
