using Cigales.Clubs.Api;
using Cigales.Clubs.People;
using Cigales.Clubs.Projections;
using Cigales.ServiceKit.Mail;
using Cigales.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Cigales.Clubs.Tests;

public sealed class ClubsSilo : ISiloConfigurator
{
    /// <summary>The web app's address the silo's mails link to.</summary>
    public const string WebApp = "http://localhost:8082";

    public void Configure(ISiloBuilder silo)
    {
        silo.AddEventStores(ClubsStore.Configure);
        silo.Services.AddSingleton<PersonDirectory>();
        silo.Services.AddSingleton<IPeopleToNotify, KnownPeople>();
        silo.Services.Configure<MailOutboxOptions>(mail => mail.WebAppUrl = WebApp);
    }
}

public sealed class ClubsCluster(PostgresServer postgres) : GrainClusterFixture<ClubsSilo>(postgres)
{
    /// <summary>The person directory on the grains' database, to register the people who join.</summary>
    public PersonDirectory People => new(Store, TimeProvider.System);

    protected override Action<StoreOptions>[] Stores => [ClubsStore.Configure];

    public async Task<IReadOnlyList<string>> RegisterPeopleAsync(int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await People.RegisterAsync(Guid.NewGuid().ToString("N"), $"Person {i}", "", "", CancellationToken.None)).Id);
        }

        return ids;
    }
}

[CollectionDefinition(Name)]
public sealed class GrainCollection : ICollectionFixture<ClubsCluster>
{
    public const string Name = "clubs grains";
}

public sealed class ClubsServiceHost(PostgresServer postgres) : ServiceFactory<ClubsApi>(postgres, ClubsStore.DatabaseName);

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ClubsServiceHost>
{
    public const string Name = "clubs api";
}
