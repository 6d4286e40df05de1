using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cigales.Identity.Store;

/// <summary>
/// The database's schema, brought up to date by the migrations at every start. A database made
/// before migrations existed (its tables created at once, no history) is recorded as being at
/// the baseline — the schema it has — and the later migrations are applied to it.
/// </summary>
public static class StoreSchema
{
    public const string Baseline = "20261207212043_Baseline";

    public static async Task MigrateAsync(IdentityStore store, CancellationToken cancellation)
    {
        if (await store.Database.CanConnectAsync(cancellation)
            && !(await store.Database.GetAppliedMigrationsAsync(cancellation)).Any()
            && await HasTableAsync(store, "OpenIddictApplications", cancellation))
        {
            var history = store.GetService<IHistoryRepository>();
            await store.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellation);
            await store.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(Baseline, ProductInfo.GetVersion())), cancellation);
        }

        await store.Database.MigrateAsync(cancellation);
    }

    private static async Task<bool> HasTableAsync(IdentityStore store, string table, CancellationToken cancellation) =>
        await store.Database.SqlQuery<bool>($"SELECT to_regclass({'"' + table + '"'}) IS NOT NULL AS \"Value\"").SingleAsync(cancellation);
}
