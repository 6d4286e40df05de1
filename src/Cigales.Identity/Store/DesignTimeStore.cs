using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cigales.Identity.Store;

/// <summary>
/// For <c>dotnet ef migrations add</c> (docs/IDENTITY.md): the model on PostgreSQL, without
/// starting the service. No database is reached to write a migration.
/// </summary>
internal sealed class DesignTimeStore : IDesignTimeDbContextFactory<IdentityStore>
{
    public IdentityStore CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityStore>().UseNpgsql("Host=localhost;Database=identitydb").UseOpenIddict().Options);
}
