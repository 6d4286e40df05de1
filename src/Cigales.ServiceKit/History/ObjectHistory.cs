using Cigales.Contracts.Common.V1;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Paging;
using Google.Protobuf.WellKnownTypes;
using Marten;

namespace Cigales.ServiceKit.History;

/// <summary>
/// The history of one object for staff: the events of its stream, each with who made the change
/// and when, and the refused attempts to reach it, in the order they happened, a page at a time.
/// </summary>
public static class ObjectHistory
{
    public const string AccessRefusedKind = "AccessRefused";

    /// <returns>Null when nothing was ever recorded of the object: no change and no attempt.</returns>
    public static async Task<Contracts.Common.V1.History?> ReadAsync(
        IDocumentStore store, string objectId, PageRequest? page, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(objectId, token: cancellationToken);
        var refusals = await session.Query<AccessRefusal>().Where(refusal => refusal.ObjectId == objectId).ToListAsync(cancellationToken);
        if (events.Count == 0 && refusals.Count == 0)
        {
            return null;
        }

        var serializer = store.Options.Serializer();
        var entries = events
            .Select(stored =>
            {
                var author = ChangeAuthors.Of(stored);
                return (Key: SortKey(stored.Timestamp, stored.Version, stored.Id), Entry: new HistoryEntry
                {
                    RecordedAt = Timestamp.FromDateTimeOffset(stored.Timestamp),
                    Kind = stored.Data.GetType().Name,
                    Version = stored.Version,
                    Subject = author.Subject,
                    Client = author.Client,
                    Role = author.Role,
                    Tenant = author.Tenant,
                    Data = Struct.Parser.ParseJson(serializer.ToJson(stored.Data)),
                    TraceId = stored.CorrelationId ?? string.Empty,
                });
            })
            .Concat(refusals.Select(refusal => (Key: SortKey(refusal.At, 0, refusal.Id), Entry: new HistoryEntry
            {
                RecordedAt = Timestamp.FromDateTimeOffset(refusal.At),
                Kind = AccessRefusedKind,
                Subject = refusal.Subject,
                Client = refusal.Client,
                Role = refusal.Role,
                Tenant = refusal.Tenant,
                Data = new Struct
                {
                    Fields =
                    {
                        ["method"] = Value.ForString(refusal.Method),
                        ["rule"] = Value.ForString(refusal.Rule),
                        ["status"] = Value.ForString(refusal.Status),
                    },
                },
                TraceId = refusal.TraceId,
            })))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .ToList();

        // Keyset paging in memory: an object's history is read whole by its grain anyway, and a
        // page stays right while new entries are added at the end.
        var size = page is { Size: > 0 } ? Math.Min(page.Size, KeysetPaging.MaxSize) : KeysetPaging.DefaultSize;
        var after = page is { Token.Length: > 0 } ? KeysetPaging.DecodeToken(page.Token) : string.Empty;
        var rest = entries.Where(entry => string.CompareOrdinal(entry.Key, after) > 0).ToList();
        var history = new Contracts.Common.V1.History { Page = new PageResponse() };
        history.Entries.AddRange(rest.Take(size).Select(entry => entry.Entry));
        if (rest.Count > size)
        {
            history.Page.NextToken = KeysetPaging.EncodeToken(rest[size - 1].Key);
        }

        return history;
    }

    private static string SortKey(DateTimeOffset at, long version, Guid id) =>
        $"{at.UtcTicks:D20}:{version:D12}:{id:N}";
}
