using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cigales.IntegrationTests;

/// <summary>What the AppHost gives each process, read from the running system.</summary>
public sealed class TheAppHostModel(WholeSystem system)
{
    private static readonly Dictionary<string, string> DatabaseOf = new()
    {
        ["clubs"] = "clubsdb",
        ["grants"] = "grantsdb",
        ["events"] = "eventsdb",
        ["finance"] = "financedb",
    };

    [Fact]
    public async Task EveryServiceIsASiloOfOneClusterWithAStableServiceIdAndAClusterIdOfThisRun()
    {
        var clusterIds = new HashSet<string>();
        foreach (var service in DatabaseOf.Keys)
        {
            var environment = await EnvironmentOfAsync(service);

            Assert.Equal("cigales", environment["Orleans__ServiceId"]);
            Assert.Matches("^cigales-[0-9]{14}$", environment["Orleans__ClusterId"]);
            Assert.Equal("Redis", environment["Orleans__Clustering__ProviderType"]);
            Assert.Equal("Redis", environment["Orleans__Reminders__ProviderType"]);
            clusterIds.Add(environment["Orleans__ClusterId"]);
        }

        Assert.Single(clusterIds);
    }

    [Fact]
    public async Task EachServiceReachesItsOwnDatabaseAndNoOther()
    {
        foreach (var (service, database) in DatabaseOf)
        {
            var databases = (await EnvironmentOfAsync(service)).Keys
                .Where(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && key.EndsWith("db", StringComparison.Ordinal));

            Assert.Equal([$"ConnectionStrings__{database}"], databases);
        }
    }

    [Fact]
    public async Task EveryServiceHasAnHttp1EndpointForJsonAndAnHttp2OnlyEndpointForGrpc()
    {
        foreach (var service in DatabaseOf.Keys.Append("gateway"))
        {
            var environment = await EnvironmentOfAsync(service);

            Assert.Equal("Http1", environment["Kestrel__Endpoints__http__Protocols"]);
            Assert.Equal("Http2", environment["Kestrel__Endpoints__grpc__Protocols"]);
            Assert.DoesNotContain("ASPNETCORE_URLS", environment.Keys);
        }
    }

    [Fact]
    public async Task TheGatewayFindsEveryServiceAndCountsInRedisButIsNeitherASiloNorADatabaseClient()
    {
        var environment = await EnvironmentOfAsync("gateway");

        foreach (var service in DatabaseOf.Keys)
        {
            Assert.Contains($"services__{service}__grpc__0", environment.Keys);
            Assert.Contains($"services__{service}__http__0", environment.Keys);
        }

        Assert.DoesNotContain(environment.Keys, key => key.StartsWith("Orleans__", StringComparison.Ordinal));
        // Redis for the rate limit's counters, and no database.
        Assert.Equal(["ConnectionStrings__redis"], environment.Keys.Where(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheDemoDataGoesThroughTheGatewayOnly()
    {
        var environment = await EnvironmentOfAsync(WholeSystem.DemoData);

        Assert.Equal(system.App.GetEndpoint("gateway", "grpc").ToString().TrimEnd('/'), environment["Gateway"].TrimEnd('/'));
        Assert.EndsWith(Path.Combine("data", "reference", "pas-de-calais.json"), environment["DemoData__File"], StringComparison.Ordinal);
        Assert.DoesNotContain(environment.Keys, key => key.StartsWith("Orleans__", StringComparison.Ordinal) || key.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheWebAppCallsTheGatewayOnlyAndTheIdentityServiceSendsPeopleBackToIt()
    {
        var web = await EnvironmentOfAsync("web");
        var identity = await EnvironmentOfAsync("identity");
        var address = system.App.GetEndpoint("web", "http").ToString().TrimEnd('/');

        Assert.Equal(system.App.GetEndpoint("gateway", "grpc").ToString().TrimEnd('/'), web["Gateway__Grpc"].TrimEnd('/'));
        Assert.Equal(system.App.GetEndpoint("gateway", "http").ToString().TrimEnd('/'), web["Gateway__Http"].TrimEnd('/'));
        // Redis for the sessions' tokens; no database, no silo, no service but the gateway.
        Assert.Equal(["ConnectionStrings__redis"], web.Keys.Where(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)));
        Assert.DoesNotContain(web.Keys, key => key.StartsWith("Orleans__", StringComparison.Ordinal) || key.StartsWith("services__", StringComparison.Ordinal));
        var client = identity.Single(variable => variable.Value == "cigales-web").Key.Replace("__ClientId", string.Empty, StringComparison.Ordinal);
        Assert.Equal($"{address}/signin-oidc", identity[$"{client}__RedirectUris__0"]);
        Assert.Equal($"{address}/signout-callback-oidc", identity[$"{client}__PostLogoutRedirectUris__0"]);
    }

    [Fact]
    public async Task GrantsAndClubsMailThroughTheMailResourceReadingTheAccountsAsAStaffClientOfTheirOwn()
    {
        var smtp = system.App.GetEndpoint("mail", "smtp");
        var web = system.App.GetEndpoint("web", "http").ToString().TrimEnd('/');
        var identity = await EnvironmentOfAsync("identity");
        var client = identity.Single(variable => variable.Value == "cigales-notifications").Key.Replace("__ClientId", string.Empty, StringComparison.Ordinal);

        foreach (var service in new[] { "grants", "clubs" })
        {
            var environment = await EnvironmentOfAsync(service);

            Assert.Equal(smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), environment["Smtp__Port"]);
            Assert.Equal("cigales-notifications", environment["Mail__Directory__ClientId"]);
            Assert.Equal(identity[$"{client}__Secret"], environment["Mail__Directory__ClientSecret"]);
            Assert.Equal(web, environment["Mail__WebAppUrl"].TrimEnd('/'));
            Assert.Contains("services__identity__http__0", environment.Keys);
        }

        Assert.Equal("staff", identity[$"{client}__Role"]);
        foreach (var service in new[] { "events", "finance" })
        {
            Assert.DoesNotContain((await EnvironmentOfAsync(service)).Keys, key => key.StartsWith("Smtp__", StringComparison.Ordinal) || key.StartsWith("Mail__", StringComparison.Ordinal));
        }
    }

    private async Task<Dictionary<string, string>> EnvironmentOfAsync(string resourceName)
    {
        var model = system.App.Services.GetRequiredService<DistributedApplicationModel>();
        var resource = model.Resources.Single(r => r.Name == resourceName);
        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithEnvironmentVariablesConfig()
            .BuildAsync(
                system.App.Services.GetRequiredService<DistributedApplicationExecutionContext>(),
                NullLogger.Instance,
                TestContext.Current.CancellationToken);
        return configuration.EnvironmentVariables.ToDictionary();
    }
}
