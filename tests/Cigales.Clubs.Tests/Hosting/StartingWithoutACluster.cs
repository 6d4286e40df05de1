using Cigales.Clubs.Api;
using Cigales.Clubs.Projections;
using Cigales.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cigales.Clubs.Tests.Hosting;

/// <summary>
/// The Clubs service started without the settings the AppHost gives it: a silo alone on localhost
/// with its reminders in memory is a convenience of Development, never a production mode.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StartingWithoutACluster(ClubsServiceHost developmentService)
{
    [Fact]
    public void InProductionWithoutClusterRemindersOrDatabaseTheServiceRefusesToStartNamingEach()
    {
        using var service = new ClubsWith("Production", new Dictionary<string, string?>());

        var refusal = Assert.Throws<InvalidOperationException>(() => service.Services);

        Assert.Contains("Production", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Orleans:Clustering:ProviderType", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Orleans:Reminders:ProviderType", refusal.Message, StringComparison.Ordinal);
        Assert.Contains($"ConnectionStrings:{ClubsStore.DatabaseName}", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InProductionOnlyTheMissingSettingIsNamed()
    {
        using var service = new ClubsWith("Production", new Dictionary<string, string?>
        {
            ["Orleans:Clustering:ProviderType"] = "Redis",
            [$"ConnectionStrings:{ClubsStore.DatabaseName}"] = developmentService.ConnectionString,
        });

        var refusal = Assert.Throws<InvalidOperationException>(() => service.Services);

        Assert.Contains("Orleans:Reminders:ProviderType", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Orleans:Clustering", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectionStrings", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopmentWithoutAClusterTheServiceStartsAsAClusterOfOne()
    {
        // The fixture every API test uses: Development, a database, no Orleans section.
        using var response = await developmentService.CreateClient().GetAsync("/health");

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The Clubs service in the given environment, with these settings and the tests' token key only.</summary>
    private sealed class ClubsWith(string environment, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<ClubsApi>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Auth:SigningKey", TestTokens.PublicKeyPem);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
