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

    /// <summary>Everything a Marten database holds: its events and the rows of every document table.</summary>
    public static async Task<long> CountRecordsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE tablename = 'mt_events' OR tablename LIKE 'mt_doc_%'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var count = 0L;
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            count += (long)(await command.ExecuteScalarAsync())!;
        }

        return count;
    }
}
