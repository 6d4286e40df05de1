using Cigales.GrainInterfaces.Grants;

namespace Cigales.Events.Grains;

/// <summary>What the Events grains ask the Grants grains about the conventions time or an event is attributed to.</summary>
internal static class ConventionFacts
{
    /// <summary>The axes named that their convention does not have (or that no convention has).</summary>
    public static async Task<IReadOnlyCollection<ConventionAxis>> UnknownAxesAsync(this IGrainFactory grains, IEnumerable<ConventionAxis> axes)
    {
        var unknown = new List<ConventionAxis>();
        foreach (var group in axes.Distinct().GroupBy(axis => axis.ConventionId))
        {
            var planned = await grains.GetGrain<IConventionAxes>(group.Key).AxisNumbersAsync();
            unknown.AddRange(group.Where(axis => !planned.Contains(axis.Axis)));
        }

        return unknown;
    }

    /// <summary>The period of each convention the axes name, those that exist.</summary>
    public static async Task<IReadOnlyDictionary<string, ConventionPeriod>> PeriodsAsync(this IGrainFactory grains, IEnumerable<ConventionAxis> axes)
    {
        var periods = new Dictionary<string, ConventionPeriod>(StringComparer.Ordinal);
        foreach (var conventionId in axes.Select(axis => axis.ConventionId).Distinct())
        {
            if (await grains.GetGrain<IConventionAxes>(conventionId).PeriodAsync() is { } period)
            {
                periods[conventionId] = period;
            }
        }

        return periods;
    }
}
