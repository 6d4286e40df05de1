using System.Net;
using Cigales.Testing;

namespace Cigales.Identity.Tests;

/// <summary><c>/health</c>, which the AppHost waits on before anything asks for a token, includes the identity service's database.</summary>
[Collection(IdentityCollection.Name)]
public sealed class IdentityHealth(IdentityHost identity)
{
    [Fact]
    public async Task HealthIsHealthyWhileTheDatabaseAnswers()
    {
        using var response = await identity.CreateClient().GetAsync("/health");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task HealthIsUnhealthyOnceTheDatabaseCannotBeReached()
    {
        // A server of its own, stopped under the running service.
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        await using var service = new IdentityOnDatabase(await postgres.CreateDatabaseAsync("identity"));
        using var client = service.CreateClient();
        using var before = await client.GetAsync("/health");

        await postgres.DisposeAsync();
        using var after = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (after.StatusCode, await after.Content.ReadAsStringAsync()));
    }
}
