using System.Globalization;
using System.Runtime.InteropServices;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.Faults;

/// <summary>
/// The operating-system processes behind the AppHost's resources, and Aspire's own commands on
/// them. Aspire knows the process it started (<c>executable.pid</c>): for a project that is
/// <c>dotnet run</c>, for PostgreSQL and Redis a bash wrapper; the process that serves is a
/// descendant, found by its executable's name. Only descendants of this AppHost's resources are
/// ever signalled, never a process found by name alone (another run may share the machine).
/// </summary>
public sealed class ResourceProcesses(RunningSystem system)
{
    public const int Interrupt = 2;
    public const int Kill = 9;

    private const string PidProperty = "executable.pid";

    /// <summary>
    /// The process under <paramref name="resource"/> named <paramref name="executable"/> (its
    /// command name, or its executable's: Debian's redis-server is a link to redis-check-rdb), nearest first.
    /// </summary>
    public int Find(string resource, string executable)
    {
        var root = RootOf(resource);
        var parents = AllProcesses().ToLookup(process => process.Parent, process => process.Id);
        var pending = new Queue<int>([root]);
        while (pending.TryDequeue(out var pid))
        {
            if (NameOf(pid) == executable || ExecutableOf(pid) == executable)
            {
                return pid;
            }

            foreach (var child in parents[pid])
            {
                pending.Enqueue(child);
            }
        }

        throw new InvalidOperationException($"no process '{executable}' runs under the resource '{resource}' (pid {root})");
    }

    public static void Signal(int pid, int signal)
    {
        if (SendSignal(pid, signal) != 0)
        {
            throw new InvalidOperationException($"signal {signal} could not be sent to process {pid} (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    /// <summary>Waits until Aspire sees the resource's process gone.</summary>
    public Task WaitUntilStoppedAsync(string resource, CancellationToken cancellation) =>
        system.App.ResourceNotifications.WaitForResourceAsync(
            resource, update => KnownResourceStates.TerminalStates.Contains(update.Snapshot.State?.Text), cancellation);

    /// <summary>Starts the resource again, as the dashboard's Start button does.</summary>
    public async Task StartAsync(string resource, CancellationToken cancellation)
    {
        var commands = system.App.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, cancellation);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Aspire could not start '{resource}' again: {result.Message}");
        }
    }

    private int RootOf(string resource)
    {
        if (system.App.ResourceNotifications.TryGetCurrentState(resource, out var current)
            && current.Snapshot.Properties.FirstOrDefault(property => property.Name == PidProperty)?.Value is { } value
            && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out var pid))
        {
            return pid;
        }

        throw new InvalidOperationException($"Aspire gives no process id for the resource '{resource}'");
    }

    private static string? NameOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").TrimEnd('\n');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? ExecutableOf(int pid)
    {
        try
        {
            return Path.GetFileName(new FileInfo($"/proc/{pid}/exe").LinkTarget);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<(int Id, int Parent)> AllProcesses()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile.
                continue;
            }

            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            yield return (pid, int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
