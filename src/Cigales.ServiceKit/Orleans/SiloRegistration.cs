using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Cigales.ServiceKit.Orleans;

public static class SiloRegistration
{
    private const int DefaultSiloPort = 11111;
    private const int DefaultGatewayPort = 30000;
    private const string ClusteringProvider = "Orleans:Clustering:ProviderType";
    private const string RemindersProvider = "Orleans:Reminders:ProviderType";

    /// <summary>
    /// Makes the service a silo of the one Cigales cluster. Under the AppHost, Aspire passes the
    /// cluster's configuration (section <c>Orleans</c>: ids, endpoints, Redis membership and
    /// reminders). Without it, in Development only (in-process API tests, one service started
    /// alone), the silo runs as a cluster of one on localhost with its reminders in memory.
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
            silo.Services.AddPlainRecords();
            silo.AddIncomingGrainCallFilter<StoreFailuresCrossSilos>();
            if (builder.Configuration[ClusteringProvider] is null)
            {
                // The same endpoint keys as under the AppHost, so tests can run several side by side.
                silo.UseLocalhostClustering(
                    siloPort: builder.Configuration.GetValue("Orleans:Endpoints:SiloPort", DefaultSiloPort),
                    gatewayPort: builder.Configuration.GetValue("Orleans:Endpoints:GatewayPort", DefaultGatewayPort));
            }

            if (builder.Configuration[RemindersProvider] is null)
            {
                silo.UseInMemoryReminderService();
            }
        });
        return builder;
    }

    /// <summary>
    /// Outside Development a silo without its cluster would start all the same, as a cluster of
    /// one that nobody else joins, its reminders in memory: the investment sagas' retries and the
    /// deadlines' daily scan would be lost at the next restart, without an error anywhere. So a
    /// missing setting stops the start, naming what is missing.
    /// </summary>
    /// <param name="databaseName">The connection string of the service's own database.</param>
    public static IHostApplicationBuilder RequireClusterOutsideDevelopment(this IHostApplicationBuilder builder, string databaseName)
    {
        if (builder.Environment.IsDevelopment())
        {
            return builder;
        }

        var required = new Dictionary<string, string>
        {
            [ClusteringProvider] = "the cluster's membership",
            [RemindersProvider] = "where reminders are kept",
            [$"ConnectionStrings:{databaseName}"] = "the service's database",
        };
        var missing = required.Where(setting => string.IsNullOrWhiteSpace(builder.Configuration[setting.Key])).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"{builder.Environment.ApplicationName} does not start in the {builder.Environment.EnvironmentName} environment without "
                + string.Join(", ", missing.Select(setting => $"{setting.Key} ({setting.Value})"))
                + ": outside Development a silo never runs as a cluster of one with its reminders in memory");
        }

        return builder;
    }
}
