using Cigales.Clubs.Projections;
using Cigales.Events.Projections;
using Cigales.Finance.Projections;
using Cigales.Grants.Api;
using Cigales.Grants.Projections;
using Cigales.ServiceKit.Mail;
using Cigales.ServiceKit.Storage;
using Cigales.Testing;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Cigales.Grants.Tests;

public sealed class GrantsSilo : ISiloConfigurator
{
    /// <summary>The web app's address the silo's mails link to.</summary>
    public const string WebApp = "http://localhost:8082";

    public void Configure(ISiloBuilder silo)
    {
        silo.AddEventStores(GrantsStore.Configure);
        silo.Services.AddSingleton<IPendingWorkHooks, PlantedFaults>();
        silo.Services.AddSingleton<IPeopleToNotify, KnownPeople>();
        silo.Services.Configure<MailOutboxOptions>(mail => mail.WebAppUrl = WebApp);
        PlantedFaults.ResumeWithinSeconds(silo);
    }
}

public sealed class GrantsCluster(PostgresServer postgres) : GrainClusterFixture<GrantsSilo>(postgres)
{
    protected override Action<StoreOptions>[] Stores => [GrantsStore.Configure];
}

[CollectionDefinition(Name)]
public sealed class GrainCollection : ICollectionFixture<GrantsCluster>
{
    public const string Name = "grants grains";
}

/// <summary>
/// The service in-process, its silo also hosting the figures grains of Events, Finance and Clubs
/// that its reports ask, with their read models in its database, as the cluster does across services.
/// </summary>
public sealed class GrantsServiceHost(PostgresServer postgres) : ServiceFactory<GrantsApi>(postgres, GrantsStore.DatabaseName)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureMarten(options =>
        {
            EventsStore.Configure(options);
            FinanceStore.Configure(options);
            ClubsStore.Configure(options);
        }));
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<GrantsServiceHost>
{
    public const string Name = "grants api";
}
