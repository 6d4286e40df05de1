using Cigales.ServiceKit.Access;
using JasperFx.Events;
using JasperFx.OpenTelemetry;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Weasel.Core;

namespace Cigales.ServiceKit.Storage;

public static class EventStoreRegistration
{
    /// <summary>
    /// The service's own PostgreSQL database through Marten: event streams keyed by the grain's
    /// string id, read models projected inline (in the same transaction as the events), schema
    /// created or updated at start-up. <paramref name="connectionName"/> names the connection
    /// string the AppHost passes (e.g. <c>clubsdb</c>).
    /// </summary>
    public static IHostApplicationBuilder AddCigalesEventStore(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<StoreOptions> configure)
    {
        // Aspire's data source brings the connection string, health check, metrics and traces.
        builder.AddNpgsqlDataSource(connectionName);
        builder.Services
            .AddMarten(options =>
            {
                options.UseCigalesConventions();
                // Marten's own span for each session's connection (beside Npgsql's, one per
                // command) and its count of appended events by type, on the source and meter
                // "Marten" that the service defaults export: off unless asked for.
                options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
                options.OpenTelemetry.TrackEventCounters();
                configure(options);
            })
            .UseNpgsqlDataSource()
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        builder.Services.Configure<PendingWorkOptions>(builder.Configuration.GetSection(PendingWorkOptions.Section));
        builder.Services.TryAddSingleton<IPendingWorkHooks, NoPendingWorkHooks>();
        return builder;
    }

    /// <summary>
    /// What every Cigales store shares, whatever the service: streams keyed by the grain's string
    /// id; who made each change; the refused attempts to reach an object; enums stored by name, so
    /// that reordering an enum never changes what stored data means; amounts in cents, under the
    /// names they had before the money type.
    /// </summary>
    public static StoreOptions UseCigalesConventions(this StoreOptions options)
    {
        options.Events.StreamIdentity = StreamIdentity.AsString;
        // Every event says who made the change (headers) and in which trace (correlation id).
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Schema.For<AccessRefusal>().Index(refusal => refusal.ObjectId);
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.Default, StoredMoney.NamedInCents);
        return options;
    }
}
