using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Cigales.Faults;

/// <summary>The suite's figures, written as Markdown so that a run can be pasted into docs/RELIABILITY.md.</summary>
public sealed partial record SuiteReport(IReadOnlyList<FaultRow> Rows, int Clients, int Clubs)
{
    private const int MessagesShown = 3;

    public bool Passed => Rows.All(row => row.Passed);

    public static string Machine =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";

    /// <param name="logs">Where to find what the services logged about a failure the contract forbids.</param>
    public string ToMarkdown(ResourceLogs? logs)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Clients} clients, {Clubs} clubs; {Machine}").AppendLine()
            .AppendLine("| Fault | Sent | Acknowledged | Retried | Lost | Doubled | Healthy again | Time to recover |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Fault} | {row.Sent} | {row.Acknowledged} | {row.Retried} | {row.Lost} | {row.Doubled} | {Seconds(row.Healthy, "not within 90 s")} | {Seconds(row.Recovery, "no failure seen")} |");
        }

        text.AppendLine().AppendLine("What the clients were told when a call failed, by status and command:").AppendLine();
        foreach (var row in Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {row.Fault}: {(row.Failures.Count == 0 ? "none" : string.Empty)}");
            foreach (var status in row.Failures.GroupBy(failure => failure.Status).OrderByDescending(status => status.Count()))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {status.Key} {status.Count()}: {Counted(status, failure => failure.Kind.ToString())}; {Counted(status, failure => $"\"{Shortened(failure.Message)}\"")}");
            }
        }

        foreach (var row in Rows.Where(row => !row.Passed))
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{row.Fault}: FAILED").AppendLine();
            foreach (var finding in row.Findings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {finding.Kind}: {finding.What}");
            }

            // One line per type of exception a service logged, with how often and one occurrence in full.
            var unexpected = row.Unexpected.Select(failure => (Failure: failure, Logged: logs?.Logged(failure.TraceId)))
                .GroupBy(failure => (failure.Failure.Status, failure.Failure.Kind, failure.Logged?.Resource, Type: failure.Logged?.Exception.Split(':')[0]));
            foreach (var failure in unexpected)
            {
                var first = failure.First();
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"- {failure.Key.Status} ×{failure.Count()} to {failure.Key.Kind}, {failure.Min(each => each.Failure.At):HH:mm:ss}–{failure.Max(each => each.Failure.At):HH:mm:ss}; "
                    + $"{failure.Key.Resource ?? "no service"} logged, e.g.: {first.Logged?.Line ?? "nothing"} {Shortened(first.Logged?.Exception ?? first.Failure.Message, 400)}");
            }
        }

        return text.ToString();
    }

    private static string Seconds(TimeSpan? time, string otherwise) => time is { } value ? $"{value.TotalSeconds:0.0} s" : otherwise;

    private static string Counted(IEnumerable<FailedAttempt> failures, Func<FailedAttempt, string> key) =>
        string.Join(", ", failures.GroupBy(key).OrderByDescending(group => group.Count()).Take(MessagesShown).Select(group => $"{group.Key} {group.Count()}"));

    /// <summary>A message without the trace id it may carry (so that alike failures count together), cut to a line.</summary>
    private static string Shortened(string message, int length = 120)
    {
        var general = TraceId().Replace(message, "…");
        return general.Length <= length ? general : general[..length] + "…";
    }

    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex TraceId();
}
