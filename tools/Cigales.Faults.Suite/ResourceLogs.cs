using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cigales.Faults;

/// <summary>A failure a service logged: the resource, the line naming the call and its trace, the exception.</summary>
public sealed record LoggedFailure(string Resource, string Line, string Exception);

/// <summary>
/// Every line the system's processes write, kept in one file per resource: a failure a client was
/// told about is found there by its trace id, with the exception the service logged. The AppHost
/// under Aspire.Hosting.Testing hands each resource's lines to its own logging under the category
/// <c>Cigales.AppHost.Resources.{resource}</c>; this provider takes those.
/// </summary>
public sealed partial class ResourceLogs(string folder) : ILoggerProvider
{
    private const string Category = "Cigales.AppHost.Resources.";

    private readonly ConcurrentDictionary<string, ResourceFile> _files = new();

    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith(Category, StringComparison.Ordinal)
            ? _files.GetOrAdd(categoryName[Category.Length..], resource => new ResourceFile(Path.Combine(Folder, $"{resource}.log")))
            : NullLogger.Instance;

    /// <summary>
    /// What a service logged under a trace id it gave a client: the line that names it (the
    /// method and the trace) and the one after it (the exception's type and message).
    /// </summary>
    public LoggedFailure? Logged(string traceId)
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*.log"))
        {
            var lines = ReadShared(file);
            var index = lines.FindIndex(line => line.Contains(traceId, StringComparison.Ordinal));
            if (index >= 0)
            {
                return new LoggedFailure(Path.GetFileNameWithoutExtension(file), Unprefixed(lines[index]), index + 1 < lines.Count ? Unprefixed(lines[index + 1]) : string.Empty);
            }
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var file in _files.Values)
        {
            file.Dispose();
        }
    }

    /// <summary>A forwarded line without the number and time Aspire puts before it.</summary>
    private static string Unprefixed(string line) => LinePrefix().Replace(line, string.Empty);

    [GeneratedRegex(@"^\d+: \S+\s+")]
    private static partial Regex LinePrefix();

    private static List<string> ReadShared(string file)
    {
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>A resource's file, made at its first line (some resources never write one).</summary>
    private sealed class ResourceFile(string path) : ILogger, IDisposable
    {
        private readonly Lock _lock = new();
        private StreamWriter? _writer;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lock)
            {
                _writer ??= new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
                _writer.WriteLine(formatter(state, exception));
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _writer?.Dispose();
            }
        }
    }
}
