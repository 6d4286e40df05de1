using System.Globalization;
using Cigales.Contracts.Common.V1;
using Cigales.Security;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Paging;
using Google.Protobuf.WellKnownTypes;
using JasperFx.Events;
using Marten;

namespace Cigales.ServiceKit.History;

/// <summary>
/// The history of one object for staff: the events of its stream, each with who made the change
/// and when, and the refused attempts to reach it, in the order they happened, a page at a time —
/// read a page at a time from the database too, however long the history has grown.
/// </summary>
public static class ObjectHistory
{
    public const string AccessRefusedKind = "AccessRefused";

    /// <returns>Null when nothing was ever recorded of the object — no change and no attempt — or when its id names another kind of record.</returns>
    /// <typeparam name="TEvent">The events of the object's kind: a stream of another kind is not its history.</typeparam>
    public static async Task<Contracts.Common.V1.History?> ReadAsync<TEvent>(
        IDocumentStore store, string objectId, PageRequest? request, CancellationToken cancellationToken)
    {
        var size = request is { Size: > 0 } ? Math.Min(request.Size, KeysetPaging.MaxSize) : KeysetPaging.DefaultSize;
        var after = request is { Token.Length: > 0 } ? Position.Parse(KeysetPaging.DecodeToken(request.Token)) : null;

        await using var session = store.QuerySession();
        var stream = session.Events.QueryAllRawEvents().Where(stored => stored.StreamKey == objectId);
        if (after is not null)
        {
            stream = stream.Where(stored => stored.Timestamp > after.At || (stored.Timestamp == after.At && stored.Version > after.Version));
        }

        var events = await stream.OrderBy(stored => stored.Version).Take(size + 1).ToListAsync(cancellationToken);
        if (events.Count > 0 && events[0].Data is not TEvent)
        {
            return null;
        }

        var refusals = await session.Query<AccessRefusal>()
            .Where(refusal => refusal.ObjectId == objectId)
            .ReadPageAsync(refusal => refusal.SortKey, request is { Token.Length: > 0 } ? new PageRequest { Size = size, Token = request.Token } : new PageRequest { Size = size }, cancellationToken);
        if (after is null && events.Count == 0 && refusals.Items.Count == 0)
        {
            return null;
        }

        var serializer = store.Options.Serializer();
        var entries = events.Select(stored => (Key: SortKey(stored.Timestamp, stored.Version, stored.Id), Entry: Change(stored, serializer)))
            .Concat(refusals.Items.Select(refusal => (Key: refusal.SortKey, Entry: Refused(refusal))))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Take(size + 1)
            .ToList();
        var page = entries.Count > size
            ? new KeysetPage<(string Key, HistoryEntry Entry)>(entries[..size], KeysetPaging.EncodeToken(entries[size - 1].Key))
            : new KeysetPage<(string Key, HistoryEntry Entry)>(entries, string.Empty);
        var history = new Contracts.Common.V1.History { Page = page.ToContract() };
        history.Entries.AddRange(page.Items.Select(entry => entry.Entry));
        return history;
    }

    /// <summary>Where an entry stands in an object's history: when it was recorded, then its version (0 for a refusal), then its id.</summary>
    public static string SortKey(DateTimeOffset at, long version, Guid id) =>
        $"{at.UtcTicks:D20}:{version:D12}:{id:N}";

    private static HistoryEntry Change(IEvent stored, ISerializer serializer) => WrittenBy(ChangeAuthors.Of(stored), new HistoryEntry
    {
        RecordedAt = Timestamp.FromDateTimeOffset(stored.Timestamp),
        Kind = stored.Data.GetType().Name,
        Version = stored.Version,
        Data = Struct.Parser.ParseJson(serializer.ToJson(stored.Data)),
        TraceId = stored.CorrelationId ?? string.Empty,
    });

    private static HistoryEntry Refused(AccessRefusal refusal) => WrittenBy(refusal.Caller(), new HistoryEntry
    {
        RecordedAt = Timestamp.FromDateTimeOffset(refusal.At),
        Kind = AccessRefusedKind,
        Data = new Struct
        {
            Fields =
            {
                ["method"] = Value.ForString(refusal.Method),
                ["rule"] = Value.ForString(refusal.Rule),
                ["status"] = Value.ForString(refusal.Status),
                ["attempts"] = Value.ForNumber(refusal.Attempts),
            },
        },
        TraceId = refusal.TraceId,
    });

    /// <summary>The one mapping of a caller onto a history entry.</summary>
    private static HistoryEntry WrittenBy(Caller caller, HistoryEntry entry)
    {
        (entry.Subject, entry.Name, entry.Client) = (caller.Subject, caller.Name, caller.Client);
        entry.Memberships.Add(caller.Memberships.Select(membership => membership.ToString()));
        // Kept for the clients written before a caller could hold several memberships: the first.
        (entry.Role, entry.Tenant) = caller.Memberships.FirstOrDefault() is { } first ? (first.Role, first.ObjectId) : (string.Empty, string.Empty);
        return entry;
    }

    /// <summary>The position a page token names: the time and version of the last entry of the previous page.</summary>
    private sealed record Position(DateTimeOffset At, long Version)
    {
        public static Position Parse(string sortKey)
        {
            var parts = sortKey.Split(':');
            return parts.Length == 3
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                    ? new Position(new DateTimeOffset(ticks, TimeSpan.Zero), version)
                    : throw new GrainInterfaces.RefusedException(SharedKernel.Refusal.Invalid(
                        "page.token", "page.token_valid", "page.token must be the next_token of a previous page"));
        }
    }
}
