using Cigales.Events.Domain;

namespace Cigales.Events.Grains;

/// <summary>A record of time spent outside events, keyed by its id (derived from the client's idempotency key): recorded once.</summary>
public interface IOutsideWorkGrain : IGrainWithStringKey
{
    /// <summary>Records the work; the same request again answers the first record.</summary>
    Task<OutsideWorkSnapshot> RecordAsync(RecordOutsideWork command);

    /// <summary>The record, or null when none has this id.</summary>
    Task<OutsideWorkSnapshot?> GetAsync();
}
