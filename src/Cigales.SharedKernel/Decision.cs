namespace Cigales.SharedKernel;

/// <summary>
/// What a decider answers to a command: the events to append (possibly none, for a command that
/// changes nothing, such as an idempotent retry), or the refusal.
/// </summary>
public sealed class Decision<TEvent>
{
    private Decision(IReadOnlyList<TEvent> events, Refusal? refusal)
    {
        Events = events;
        Refusal = refusal;
    }

    public IReadOnlyList<TEvent> Events { get; }

    public Refusal? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public static Decision<TEvent> Accept(params TEvent[] events) => new(events, null);

    public static Decision<TEvent> Refuse(Refusal refusal) => new([], refusal);

    public static implicit operator Decision<TEvent>(Refusal refusal) => Refuse(refusal);
}
