using System.Linq.Expressions;
using System.Text;
using Cigales.Contracts.Common.V1;
using Cigales.GrainInterfaces;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.ServiceKit.Paging;

/// <summary>
/// Lists read a page at a time by a unique sort key stored in the read model: the page token is
/// the last key of the previous page, so a page stays right when items are added or removed
/// meanwhile (no offsets that shift).
/// </summary>
public static class KeysetPaging
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    private static readonly System.Reflection.MethodInfo CompareTo =
        typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!;

    /// <summary>A page of the read models <paramref name="session"/> holds, by their sort key.</summary>
    public static Task<KeysetPage<T>> ReadPageAsync<T>(
        this IQuerySession session,
        Expression<Func<T, string>> sortKey,
        PageRequest? request,
        CancellationToken cancellationToken)
        where T : notnull =>
        session.Query<T>().ReadPageAsync(sortKey, request, cancellationToken);

    /// <summary>A page of a (filtered) Marten query, by the sort key.</summary>
    public static async Task<KeysetPage<T>> ReadPageAsync<T>(
        this IQueryable<T> query,
        Expression<Func<T, string>> sortKey,
        PageRequest? request,
        CancellationToken cancellationToken)
        where T : notnull
    {
        var size = request is { Size: > 0 } ? Math.Min(request.Size, MaxSize) : DefaultSize;
        if (request is { Token.Length: > 0 })
        {
            query = query.Where(After(sortKey, DecodeToken(request.Token)));
        }

        // One more than asked tells whether another page follows.
        var items = await query.OrderBy(sortKey).Take(size + 1).ToListAsync(cancellationToken);
        if (items.Count <= size)
        {
            return new KeysetPage<T>(items, string.Empty);
        }

        var page = items.Take(size).ToList();
        return new KeysetPage<T>(page, EncodeToken(sortKey.Compile()(page[^1])));
    }

    /// <summary>
    /// A page of items already in memory (a list folded from a stream), by the same rules: the
    /// token is the last key of the previous page, so a page stays right while items are added.
    /// </summary>
    public static KeysetPage<T> Page<T>(IEnumerable<T> items, Func<T, string> sortKey, PageRequest? request)
    {
        var size = request is { Size: > 0 } ? Math.Min(request.Size, MaxSize) : DefaultSize;
        var after = request is { Token.Length: > 0 } ? DecodeToken(request.Token) : null;
        var rest = items
            .Where(item => after is null || string.CompareOrdinal(sortKey(item), after) > 0)
            .OrderBy(sortKey, StringComparer.Ordinal)
            .Take(size + 1)
            .ToList();
        return rest.Count <= size
            ? new KeysetPage<T>(rest, string.Empty)
            : new KeysetPage<T>(rest.Take(size).ToList(), EncodeToken(sortKey(rest[size - 1])));
    }

    public static string EncodeToken(string sortKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(sortKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string DecodeToken(string token)
    {
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            throw new RefusedException(Refusal.Invalid(
                "page.token", "page.token_valid", "page.token must be the next_token of a previous page"));
        }
    }

    // x => x.SortKey.CompareTo(after) > 0, which Marten turns into SQL: sort_key > after.
    private static Expression<Func<T, bool>> After<T>(Expression<Func<T, string>> sortKey, string after) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.GreaterThan(
                Expression.Call(sortKey.Body, CompareTo, Expression.Constant(after)),
                Expression.Constant(0)),
            sortKey.Parameters);
}

public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string NextToken)
{
    public PageResponse ToContract() => new() { NextToken = NextToken };
}
