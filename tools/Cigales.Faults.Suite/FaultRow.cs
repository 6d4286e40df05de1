using Grpc.Core;

namespace Cigales.Faults;

/// <summary>
/// One fault's figures: the commands of the load around it, what the check after it found, and
/// every failure the clients were told about.
/// </summary>
/// <param name="Retried">Commands sent more than once before they were acknowledged.</param>
/// <param name="Lost">Acknowledged writes the check after this fault did not find (all phases so far).</param>
/// <param name="Doubled">Acknowledged writes the check after this fault found more than once (all phases so far).</param>
/// <param name="Healthy">From the fault until Aspire saw the resource healthy again.</param>
/// <param name="Recovery">From the fault to the acknowledgement of the last command that failed after it; null when none failed.</param>
public sealed record FaultRow(
    string Fault, int Sent, int Acknowledged, int Retried, int Lost, int Doubled, TimeSpan? Healthy, TimeSpan? Recovery,
    IReadOnlyList<Finding> Findings, IReadOnlyList<FailedAttempt> Failures)
{
    /// <summary>Failures the contract says never happen: a bug, whatever the fault.</summary>
    public IReadOnlyList<FailedAttempt> Unexpected =>
        Failures.Where(failure => failure.Status is StatusCode.Internal or StatusCode.Unknown).ToList();

    public bool Passed => Sent == Acknowledged && Findings.Count == 0 && Unexpected.Count == 0;

    public static FaultRow Of(Phase phase, IReadOnlyList<CommandRecord> records, IReadOnlyList<Finding> findings)
    {
        var failed = phase.Struck is { } struck
            ? records.Where(record => record.Failures.Any(failure => failure.At >= struck)).ToList()
            : [];
        TimeSpan? recovery = failed.Count == 0 || failed.Any(record => record.Acknowledged is null)
            ? null
            : failed.Max(record => record.Acknowledged!.Value) - phase.Struck!.Value;
        return new FaultRow(
            phase.Name,
            records.Count,
            records.Count(record => record.Acknowledged is not null),
            records.Count(record => record.Attempts > 1),
            findings.Count(finding => finding.Kind == FindingKind.Lost),
            findings.Count(finding => finding.Kind == FindingKind.Doubled),
            phase.Healthy - phase.Struck,
            recovery,
            findings,
            records.SelectMany(record => record.Failures).ToList());
    }
}
