using Cigales.Finance.Domain;
using Marten;
using Microsoft.Extensions.Options;

namespace Cigales.Finance.Partners;

/// <summary>A change of the partners' feed with its cursor (its version in the feed's stream).</summary>
public sealed record FeedEntry(long Cursor, SharedProjectChanged Change);

/// <summary>How subscriptions to the partners' feed behave, from the configuration section <c>Partners</c>.</summary>
public sealed class PartnerFeedOptions
{
    public const string Section = "Partners";

    /// <summary>How often a subscription looks for new changes when it has none to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a quiet subscription waits before it sends a heartbeat, so that proxies keep it open.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Reads the partners' feed (<see cref="SharingFeed"/>) from the store.</summary>
public sealed class PartnerFeed(IDocumentStore store, IOptions<PartnerFeedOptions> options)
{
    public PartnerFeedOptions Options { get; } = options.Value;

    /// <summary>Every change after the cursor, oldest first.</summary>
    public async Task<IReadOnlyList<FeedEntry>> ReadAfterAsync(long cursor, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(SharingFeed.StreamId, fromVersion: cursor + 1, token: cancellationToken);
        return events.Select(stored => new FeedEntry(stored.Version, (SharedProjectChanged)stored.Data)).ToList();
    }

    /// <summary>The cursor of the latest change; 0 before the first. A cheap look, before reading.</summary>
    public async Task<long> LatestCursorAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var state = await session.Events.FetchStreamStateAsync(SharingFeed.StreamId, cancellationToken);
        return state?.Version ?? 0;
    }
}
