using Aspire.Hosting.Orleans;

namespace Cigales.AppHost;

/// <summary>The one Orleans cluster that every domain service joins as a silo.</summary>
internal static class OrleansCluster
{
    public static OrleansService AddCigalesOrleans(
        this IDistributedApplicationBuilder builder, IResourceBuilder<IResourceWithConnectionString> redis)
    {
        // Aspire names the Orleans provider after the resource's class ("LocalRedis" for the local
        // binary), and no Orleans package provides that: say it is Redis, whatever runs it. The
        // silos then resolve the keyed IConnectionMultiplexer "redis" in both modes.
        redis.WithOrleansProviderType("Redis");

        return builder.AddOrleans("cigales")
            // Stable: reminders and any state keyed by the ServiceId survive restarts.
            .WithServiceId("cigales")
            // New for every run: membership rows left by killed silos of an earlier run would
            // otherwise hold up the next start for about 80 s.
            .WithClusterId($"cigales-{DateTime.UtcNow:yyyyMMddHHmmss}")
            .WithClustering(redis)
            .WithReminders(redis);
    }

    /// <summary>Makes the service a silo of the cluster.</summary>
    public static IResourceBuilder<ProjectResource> WithSilo(
        this IResourceBuilder<ProjectResource> service, OrleansService orleans)
        => service.WithReference(orleans)
            // Orleans would advertise the machine's first non-loopback address; every silo of
            // this AppHost runs on this machine, and silo traffic should stay on loopback.
            .WithEnvironment("Orleans__Endpoints__AdvertisedIPAddress", "127.0.0.1");
}
