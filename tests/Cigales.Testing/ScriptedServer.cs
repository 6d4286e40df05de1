using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Cigales.Testing;

/// <summary>
/// A server for the tests run by the AppHost's own script for it (<c>Cigales.AppHost/scripts</c>),
/// in a temporary folder and on a free port; stopped with SIGTERM (each script turns it into a
/// clean stop of its server) and its folder deleted at the end.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(200);

    private readonly string _script;
    private readonly StringBuilder _output = new();
    private Process? _process;

    /// <param name="script">The script's file name in <c>Cigales.AppHost/scripts</c>.</param>
    public ScriptedServer(string script)
    {
        _script = script;
        Folder = Path.Combine(Path.GetTempPath(), $"cigales-{Path.GetFileNameWithoutExtension(script)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The temporary folder, deleted at the end.</summary>
    public string Folder { get; }

    public int Port { get; } = FreePort.Next();

    /// <summary>
    /// Starts <c>bash script dataDirectory port</c>, then waits until <paramref name="isReady"/>
    /// says the server answers (a probe that fails answers false rather than throwing).
    /// </summary>
    public async Task StartAsync(
        string dataDirectory, Func<Task<bool>> isReady, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var path = Path.Combine(RepositoryRoot.Path, "Cigales.AppHost", "scripts", _script);
        var start = new ProcessStartInfo("bash", [path, dataDirectory, Port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {_script}");
        _process.OutputDataReceived += (_, line) => Record(line.Data);
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + timeout;
        while (!await isReady())
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_script} exited with {_process.ExitCode}:\n{Output()}");
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{_script} did not answer within {timeout}:\n{Output()}");
            }

            await Task.Delay(ProbeInterval);
        }
    }

    /// <summary>Stops the server (SIGTERM to its script, which stops it cleanly); its folder stays, for a start again.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _process = null;
        try
        {
            Directory.Delete(Folder, recursive: true);
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
