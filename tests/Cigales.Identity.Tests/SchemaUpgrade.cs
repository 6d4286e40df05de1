using Cigales.Identity.Store;
using Cigales.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cigales.Identity.Tests;

/// <summary>A database the identity service made before it had migrations (tables created at once, no history) is brought up to date, its clients and keys kept.</summary>
public sealed class SchemaUpgrade(PostgresServer postgres)
{
    [Fact]
    public async Task ADatabaseFromBeforeAccountsGetsThemAndKeepsItsSigningKey()
    {
        var connection = await postgres.CreateDatabaseAsync("identity-before-accounts");
        string keyBefore;
        await using (var store = new IdentityStore(new DbContextOptionsBuilder<IdentityStore>().UseNpgsql(connection).UseOpenIddict().Options))
        {
            await store.GetService<IMigrator>().MigrateAsync(StoreSchema.Baseline, TestContext.Current.CancellationToken);
            await store.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"", TestContext.Current.CancellationToken);
            keyBefore = "before-accounts";
            await store.Database.ExecuteSqlRawAsync(
                "INSERT INTO signing_keys (\"Id\", \"PrivateKeyPem\", \"CreatedAt\") VALUES ({0}, {1}, now())",
                [keyBefore, System.Security.Cryptography.RSA.Create(2048).ExportPkcs8PrivateKeyPem()],
                TestContext.Current.CancellationToken);
        }

        await using var upgraded = new IdentityOnDatabase(connection);
        var browser = new PersonSignIn(upgraded.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), People.WebClient, People.WebRedirect);
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken((await browser.SignInAsync(People.Treasurer, People.Password)).AccessToken);

        Assert.Equal(keyBefore, token.Kid);
    }
}
