using System.Security.Cryptography;
using Cigales.Identity.Accounts;
using Cigales.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Cigales.Identity.Store;

/// <summary>
/// Before the first request: the schema is up to date, the signing key is there (created once,
/// then read at every start), and the configured clients and accounts are registered or brought
/// up to date.
/// </summary>
public static class IdentityStartup
{
    public static async Task<RsaSecurityKey> PrepareAsync(IServiceProvider services, CancellationToken cancellation = default)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IdentityStore>();
        await StoreSchema.MigrateAsync(store, cancellation);

        var key = await store.SigningKeys.OrderBy(record => record.CreatedAt).FirstOrDefaultAsync(cancellation);
        if (key is null)
        {
            using var rsa = RSA.Create(2048);
            key = new SigningKeyRecord(Guid.NewGuid().ToString("N"), rsa.ExportPkcs8PrivateKeyPem(), DateTimeOffset.UtcNow);
            store.SigningKeys.Add(key);
            await store.SaveChangesAsync(cancellation);
        }

        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        await Clients.RegisterAsync(scope.ServiceProvider, configuration, cancellation);
        await ConfiguredAccounts.EnsureAsync(scope.ServiceProvider, configuration, cancellation);

        var signing = RSA.Create();
        signing.ImportFromPem(key.PrivateKeyPem);
        return new RsaSecurityKey(signing) { KeyId = key.Id };
    }
}
