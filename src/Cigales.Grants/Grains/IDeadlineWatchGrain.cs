using Cigales.Grants.Domain;

namespace Cigales.Grants.Grains;

/// <summary>
/// Watches every convention's deadlines: once a day (an Orleans reminder) it scans the
/// obligations and raises a notification for each item that became due or late — once per item
/// and state. One in the cluster: its key is <see cref="Key"/>.
/// </summary>
public interface IDeadlineWatchGrain : IGrainWithStringKey
{
    const string Key = "deadlines";

    /// <summary>Registers the daily reminder (idempotent).</summary>
    Task EnsureWatchingAsync();

    /// <summary>Scans as of a day; answers the notifications raised by this scan (none twice).</summary>
    Task<IReadOnlyList<DeadlineNotice>> ScanAsync(DateOnly asOf);
}
