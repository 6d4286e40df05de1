using Cigales.ServiceKit.Orleans;
using Cigales.ServiceKit.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cigales.Testing;

public static class TestSilo
{
    public const string ConnectionStringKey = "Cigales:TestDatabase";

    /// <summary>
    /// What a domain service gives its silo, for a test silo: the event store with the stores of
    /// the services whose grains the test needs (a silo hosts every grain its process references),
    /// the system clock, and reminders (in memory).
    /// </summary>
    public static ISiloBuilder AddEventStores(this ISiloBuilder silo, params Action<StoreOptions>[] stores)
    {
        var connectionString = silo.Configuration[ConnectionStringKey]
            ?? throw new InvalidOperationException($"no {ConnectionStringKey} in the test silo's configuration");
        silo.Services.AddPlainRecords();
        silo.AddIncomingGrainCallFilter<StoreFailuresCrossSilos>();
        silo.Services.AddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<IPendingWorkHooks, NoPendingWorkHooks>();
        silo.UseInMemoryReminderService();
        silo.Services
            .AddMarten(options =>
            {
                options.Connection(connectionString);
                options.UseCigalesConventions();
                foreach (var configure in stores)
                {
                    configure(options);
                }
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        return silo;
    }
}
