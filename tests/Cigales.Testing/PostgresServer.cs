using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Cigales.Testing;

/// <summary>
/// A throw-away PostgreSQL server for one test assembly, started from the machine's binaries by
/// the same script the AppHost uses (<c>Cigales.AppHost/scripts/postgres.sh</c>), in a temporary
/// folder on a free port, and stopped (fast shutdown) and deleted at the end.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly ScriptedServer _server = new("postgres.sh");

    private string AdminConnectionString =>
        $"Host=127.0.0.1;Port={_server.Port};Username=postgres;Database=postgres;Pooling=false";

    public async ValueTask InitializeAsync()
    {
        // The server runs as the postgres user, which must be able to reach the folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_server.Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        await StartAsync();
    }

    /// <summary>
    /// Stops the server with a fast shutdown (connections cut, as when PostgreSQL restarts for
    /// maintenance), so a test can see what callers get meanwhile; <see cref="StartAsync"/> brings it back.
    /// </summary>
    public Task StopAsync() => _server.StopAsync();

    /// <summary>Starts the server on its folder and port (again, after <see cref="StopAsync"/>).</summary>
    public Task StartAsync() => _server.StartAsync(Path.Combine(_server.Folder, "data"), AcceptsConnectionsAsync, StartTimeout);

    /// <summary>A new empty database on this server, and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={_server.Port};Username=postgres;Database={name}";
    }

    // SIGTERM to the script, which asks PostgreSQL for a fast shutdown.
    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException)
        {
            return false;
        }
    }
}
