using Cigales.Grants.Deadlines;

namespace Cigales.Grants;

public static class Extensions
{
    /// <summary>What the Grants service adds to a domain service: the daily deadline scan.</summary>
    public static IHostApplicationBuilder AddGrantsServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<DeadlineWatchStarter>();
        return builder;
    }
}
