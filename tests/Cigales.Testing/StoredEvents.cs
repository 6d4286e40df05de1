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

    /// <summary>Everything a Marten database holds, table by table: its events and the rows of every document table.</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CountRecordsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE tablename = 'mt_events' OR tablename LIKE 'mt_doc_%' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new List<(string, long)>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts.Add((table, (long)(await command.ExecuteScalarAsync())!));
        }

        return counts;
    }

    /// <summary>The last event's sequence number (0 when none): what was stored after it can be named.</summary>
    public static async Task<long> LastSequenceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (!await HasEventsAsync(connection))
        {
            return 0;
        }

        await using var command = new NpgsqlCommand("SELECT coalesce(max(seq_id), 0) FROM mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The events stored after a sequence number, as "type in stream: data" lines, for a failure's message.</summary>
    public static async Task<IReadOnlyList<string>> StoredAfterAsync(string connectionString, long sequence)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        if (!await HasEventsAsync(connection))
        {
            return [];
        }

        await using var command = new NpgsqlCommand("SELECT type, stream_id, left(data::text, 300) FROM mt_events WHERE seq_id > @sequence ORDER BY seq_id", connection);
        command.Parameters.AddWithValue("sequence", sequence);
        var stored = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored.Add($"{reader.GetString(0)} in {reader.GetString(1)}: {reader.GetString(2)}");
        }

        return stored;
    }

    /// <summary>Whether the database keeps events at all (the identity service's does not).</summary>
    private static async Task<bool> HasEventsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass('mt_events') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
