using System.Collections.Concurrent;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;

namespace Cigales.Finance.Tests;

/// <summary>
/// Faults planted in an investment's saga, right after a step was carried out by the other grain
/// and before the investment records it — the worst moment: each fires once.
/// </summary>
public sealed class PlantedFaults : IInvestmentSagaHooks
{
    private static readonly ConcurrentDictionary<(string Investment, SagaStep Step), Exception> Planted = new();

    public static void Plant(string investmentId, SagaStep step, Exception fault) => Planted[(investmentId, step)] = fault;

    /// <summary>A crash: nothing the saga would retry at once.</summary>
    public static Exception Crash() => new InvalidOperationException("planted crash");

    public ValueTask AfterStepAsync(string investmentId, SagaStep step) =>
        Planted.TryRemove((investmentId, step), out var fault) ? ValueTask.FromException(fault) : ValueTask.CompletedTask;
}
