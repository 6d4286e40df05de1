namespace Cigales.SharedKernel;

/// <summary>
/// The state of an aggregate rebuilt from its events: an initial value and a pure fold.
/// Grains keep one in memory; tests build one from a few events.
/// </summary>
public interface IEventSourced<TSelf, in TEvent>
    where TSelf : IEventSourced<TSelf, TEvent>
{
    static abstract TSelf Initial { get; }

    TSelf Apply(TEvent @event);
}
