using Cigales.Security;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Orleans;
using Cigales.ServiceKit.Storage;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
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
        // First, so that a service started without its settings says which are missing.
        builder.RequireClusterOutsideDevelopment(databaseName);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccessAudit>();
        builder.AddCigalesAuthentication();
        builder.AddCigalesGrpc();
        builder.AddCigalesOpenApi();
        builder.AddCigalesEventStore(databaseName, configureStore);
        builder.AddCigalesSilo();
        return builder;
    }

    /// <summary>
    /// The service's gRPC methods, and their JSON twins, for callers with a valid token only; for
    /// anyone, their OpenAPI document and gRPC's health service (and reflection in Development).
    /// </summary>
    public static GrpcServiceEndpointConventionBuilder MapDomainService<TService>(this IEndpointRouteBuilder endpoints)
        where TService : class
    {
        var service = endpoints.MapGrpcService<TService>();
        service.RequireAuthorization();
        endpoints.MapCigalesOpenApi();
        endpoints.MapGrpcHealth();
        if (endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            endpoints.MapGrpcReflectionService();
        }

        return service;
    }
}
