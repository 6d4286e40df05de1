using Npgsql;

namespace Cigales.Testing;

public static class StoredEvents
{
    /// <summary>The number of events in a Marten database (its <c>mt_events</c> table).</summary>
    public static async Task<long> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
