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
        IDocumentStore store, string objectId, PageRequest? request, CancellationToken cancellationToken)
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
            .ToList();

        // An object's history is read whole by its grain anyway: paged in memory.
        var page = KeysetPaging.Page(entries, entry => entry.Key, request);
        var history = new Contracts.Common.V1.History { Page = page.ToContract() };
        history.Entries.AddRange(page.Items.Select(entry => entry.Entry));
        return history;
    }

    private static string SortKey(DateTimeOffset at, long version, Guid id) =>
        $"{at.UtcTicks:D20}:{version:D12}:{id:N}";
}
