using Cigales.Identity.Accounts;
using Cigales.Identity.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Tokens;

namespace Cigales.Identity.Store;

/// <summary>
/// Before the first request: the schema is up to date, the signing keys are ready (made, turned
/// over and protected: <see cref="SigningKeys"/>), and the configured clients and accounts are
/// registered or brought up to date.
/// </summary>
public static class IdentityStartup
{
    public static async Task<IReadOnlyList<RsaSecurityKey>> PrepareAsync(IServiceProvider services, CancellationToken cancellation = default)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IdentityStore>();
        await StoreSchema.MigrateAsync(store, cancellation);

        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var keys = await SigningKeys.PrepareAsync(
            store,
            scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>(),
            configuration.GetSection(SigningKeyOptions.Section).Get<SigningKeyOptions>() ?? new SigningKeyOptions(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            cancellation);
        await Clients.RegisterAsync(scope.ServiceProvider, configuration, cancellation);
        await ConfiguredAccounts.EnsureAsync(scope.ServiceProvider, configuration, cancellation);
        return keys;
    }
}
