using System.Diagnostics;
using System.Text;
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

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cigales-pg-{Guid.NewGuid():N}");
    private readonly StringBuilder _output = new();
    private readonly int _port = FreePort.Next();
    private Process? _process;

    private string AdminConnectionString =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=false";

    public async ValueTask InitializeAsync()
    {
        // The server runs as the postgres user, which must be able to reach the folder.
        Directory.CreateDirectory(_folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var script = System.IO.Path.Combine(RepositoryRoot.Path, "Cigales.AppHost", "scripts", "postgres.sh");
        var start = new ProcessStartInfo("bash", [script, System.IO.Path.Combine(_folder, "data"), _port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start postgres.sh");
        _process.OutputDataReceived += (_, line) => Record(line.Data);
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"postgres.sh exited with {_process.ExitCode}:\n{Output()}");
            }

            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>A new empty database on this server, and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={_port};Username=postgres;Database={name}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            // SIGTERM to the script, which asks PostgreSQL for a fast shutdown.
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless; a failed test run because of it is not.
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
