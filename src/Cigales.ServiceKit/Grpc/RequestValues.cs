using Cigales.GrainInterfaces;
using Cigales.SharedKernel;

namespace Cigales.ServiceKit.Grpc;

/// <summary>Reads the values of a request that declarative rules cannot fully check.</summary>
public static class RequestValues
{
    /// <summary>A date field's day, refused naming the field when the day does not exist (2025-02-30).</summary>
    public static DateOnly Date(string field, string iso) =>
        CalendarDate.TryParse(iso, out var date)
            ? date
            : throw new RefusedException(Refusal.Invalid(field, "date.exists", $"{field} must be a real day as YYYY-MM-DD, not '{iso}'"));

    /// <summary>A time of day as HH:MM (24 hours); refused, naming the field, when it is no time.</summary>
    public static TimeOnly TimeOfDay(string field, string value) =>
        TimeOnly.TryParseExact(value, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time)
            ? time
            : throw new RefusedException(Refusal.Invalid(field, "time.exists", $"{field} must be a time of day as HH:MM, not '{value}'"));

    /// <summary>
    /// The id of the entity a create request makes. With an idempotency key the id derives from
    /// it, so a retry reaches the same grain, which answers the entity it created the first time.
    /// Without one, a new time-ordered id.
    /// </summary>
    public static string NewEntityId(string requestId) =>
        requestId.Length == 0 ? Guid.CreateVersion7().ToString("N") : Guid.Parse(requestId).ToString("N");

    /// <summary>
    /// An idempotency key as the system keeps it: the UUID in its one lower-case form, so that the
    /// same key written in capitals, or in braces, is the same key. Empty stays empty (an optional key not given).
    /// </summary>
    public static string Key(string requestId) =>
        requestId.Length == 0 ? string.Empty : Guid.Parse(requestId).ToString();
}
