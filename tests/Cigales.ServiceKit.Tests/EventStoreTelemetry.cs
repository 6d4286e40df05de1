using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Cigales.ServiceKit.Storage;
using Cigales.Testing;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cigales.ServiceKit.Tests;

/// <summary>
/// A service's event store as <c>AddCigalesEventStore</c> registers it tells OpenTelemetry what it
/// does, on the source and meter named "Marten" that the service defaults export to the dashboard.
/// </summary>
public sealed class EventStoreTelemetry(PostgresServer postgres)
{
    private const string Marten = "Marten";

    [Fact]
    public async Task StoringEventsIsTracedAndCountedByMarten()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:talliesdb"] = await postgres.CreateDatabaseAsync($"telemetry_{Guid.NewGuid():N}"),
        });
        builder.AddCigalesEventStore("talliesdb", _ => { });
        using var host = builder.Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var stream = $"tally-{Guid.NewGuid():N}";

        var activities = new ConcurrentBag<Activity>();
        using var tracing = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Marten,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(tracing);
        long appended = 0;
        using var metrics = new MeterListener
        {
            // This store's own meter: other stores of the test process count on meters of the same name.
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter == host.Services.GetRequiredService<StoreOptions>().OpenTelemetry.Meter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        metrics.SetMeasurementEventCallback<long>((_, measurement, _, _) => Interlocked.Add(ref appended, measurement));
        metrics.Start();

        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream(stream, new Added(2), new Added(3));
            await session.SaveChangesAsync();
        }

        Assert.NotEmpty(activities);
        Assert.Equal(2, Interlocked.Read(ref appended));
        await host.StopAsync();
    }
}
