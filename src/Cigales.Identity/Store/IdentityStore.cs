using Microsoft.EntityFrameworkCore;

namespace Cigales.Identity.Store;

/// <summary>The identity service's database: OpenIddict's clients and tokens, and the key tokens are signed with.</summary>
public sealed class IdentityStore(DbContextOptions<IdentityStore> options) : DbContext(options)
{
    /// <summary>The connection string the AppHost passes for this service's own database.</summary>
    public const string DatabaseName = "identitydb";

    public DbSet<SigningKeyRecord> SigningKeys => Set<SigningKeyRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.UseOpenIddict();
        model.Entity<SigningKeyRecord>().ToTable("signing_keys").HasKey(key => key.Id);
    }
}

/// <summary>A signing key, kept so that tokens stay valid across restarts and every process sees the same key.</summary>
/// <param name="PrivateKeyPem">The RSA private key, PKCS#8 PEM.</param>
public sealed record SigningKeyRecord(string Id, string PrivateKeyPem, DateTimeOffset CreatedAt);
