using Cigales.Identity.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cigales.Identity.Store;

/// <summary>
/// The identity service's database: the people's accounts and memberships (ASP.NET Core
/// Identity's tables), OpenIddict's clients, authorizations and tokens, and the keys tokens are
/// signed with. Its schema is versioned by EF Core migrations (Store/Migrations).
/// </summary>
public sealed class IdentityStore(DbContextOptions<IdentityStore> options) : IdentityDbContext<Account>(options)
{
    /// <summary>The connection string the AppHost passes for this service's own database.</summary>
    public const string DatabaseName = "identitydb";

    public DbSet<SigningKeyRecord> SigningKeys => Set<SigningKeyRecord>();

    public DbSet<AccountMembership> Memberships => Set<AccountMembership>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<SigningKeyRecord>().ToTable("signing_keys").HasKey(key => key.Id);
        builder.Entity<AccountMembership>(membership =>
        {
            membership.ToTable("memberships").HasKey(m => new { m.AccountId, m.Role, m.ObjectId });
            membership.HasIndex(m => new { m.Role, m.ObjectId });
        });
        builder.Entity<Account>().HasMany(account => account.Memberships).WithOne().HasForeignKey(m => m.AccountId);
    }
}

/// <summary>A signing key, kept so that tokens stay valid across restarts and every process sees the same keys.</summary>
/// <param name="PrivateKeyPem">
/// The RSA private key (PKCS#8 PEM) protected by Data Protection; in clear only in a row written
/// before keys were protected, until the next start protects it (<see cref="SigningKeys"/>).
/// </param>
public sealed record SigningKeyRecord(string Id, string PrivateKeyPem, DateTimeOffset CreatedAt);
