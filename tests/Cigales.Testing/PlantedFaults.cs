using System.Collections.Concurrent;
using Cigales.ServiceKit.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.Testing;

/// <summary>
/// Faults planted in a grain's pending work (an investment's saga, a convention's budget-line
/// moves), right after a step was carried out by the other grain and before it is recorded — the
/// worst moment. Each fires once.
/// </summary>
public sealed class PlantedFaults : IPendingWorkHooks
{
    private static readonly ConcurrentDictionary<(string GrainId, string Step), Exception> Planted = new();

    public static void Plant(string grainId, string step, Exception fault) => Planted[(grainId, step)] = fault;

    /// <summary>A crash: nothing the grain would retry at once.</summary>
    public static Exception Crash() => new InvalidOperationException("planted crash");

    /// <summary>Pending work resumes within seconds in a test cluster, not a minute.</summary>
    public static void ResumeWithinSeconds(ISiloBuilder silo)
    {
        silo.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        silo.Services.Configure<PendingWorkOptions>(options => options.ResumeEvery = TimeSpan.FromSeconds(2));
    }

    public ValueTask AfterStepAsync(string grainId, string step) =>
        Planted.TryRemove((grainId, step), out var fault) ? ValueTask.FromException(fault) : ValueTask.CompletedTask;
}
