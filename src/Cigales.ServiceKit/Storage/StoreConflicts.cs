namespace Cigales.ServiceKit.Storage;

internal static class StoreConflicts
{
    /// <summary>
    /// Marten's ways of saying that the stream moved under us: a stream started twice, or an
    /// append whose expected version is no longer the stream's.
    /// </summary>
    public static bool IsConcurrencyConflict(Exception exception) => exception
        is JasperFx.Events.EventStreamUnexpectedMaxEventIdException
        or JasperFx.Events.ExistingStreamIdCollisionException
        or Marten.Exceptions.ExistingStreamIdCollisionException
        or Marten.Exceptions.ConcurrentUpdateException;
}
