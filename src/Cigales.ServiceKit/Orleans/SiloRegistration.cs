using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Cigales.ServiceKit.Orleans;

public static class SiloRegistration
{
    private const int DefaultSiloPort = 11111;
    private const int DefaultGatewayPort = 30000;

    /// <summary>
    /// Makes the service a silo of the one Cigales cluster. Under the AppHost, Aspire passes the
    /// cluster's configuration (section <c>Orleans</c>: ids, endpoints, Redis membership and
    /// reminders). Without it (in-process API tests, one service started alone) the silo runs as
    /// a cluster of one on localhost.
    /// </summary>
    public static IHostApplicationBuilder AddCigalesSilo(this IHostApplicationBuilder builder)
    {
        var redisKey = builder.Configuration["Orleans:Clustering:ServiceKey"];
        if (redisKey is not null)
        {
            // The Redis providers take the keyed multiplexer Aspire's client registers. Untraced:
            // Orleans polls membership and reminders every few seconds, which would bury the
            // traces of real calls in the dashboard.
            builder.AddKeyedRedisClient(redisKey, settings => settings.DisableTracing = true);
        }

        builder.UseOrleans(silo =>
        {
            silo.AddActivityPropagation();
            if (redisKey is null)
            {
                // The same endpoint keys as under the AppHost, so tests can run several side by side;
                // reminders in memory, as a cluster of one has nowhere else to keep them.
                silo.UseLocalhostClustering(
                    siloPort: builder.Configuration.GetValue("Orleans:Endpoints:SiloPort", DefaultSiloPort),
                    gatewayPort: builder.Configuration.GetValue("Orleans:Endpoints:GatewayPort", DefaultGatewayPort));
                silo.UseInMemoryReminderService();
            }
        });
        return builder;
    }
}
