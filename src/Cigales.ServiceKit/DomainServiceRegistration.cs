using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Orleans;
using Cigales.ServiceKit.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cigales.ServiceKit;

public static class DomainServiceRegistration
{
    /// <summary>
    /// What makes a process one of the four domain services: its gRPC and JSON API, its own
    /// database of event streams and read models, its silo in the Cigales cluster, and the clock
    /// its rules read the date from.
    /// </summary>
    public static IHostApplicationBuilder AddDomainService(
        this IHostApplicationBuilder builder,
        string databaseName,
        Action<StoreOptions> configureStore)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddCigalesGrpc();
        builder.AddCigalesEventStore(databaseName, configureStore);
        builder.AddCigalesSilo();
        return builder;
    }
}
