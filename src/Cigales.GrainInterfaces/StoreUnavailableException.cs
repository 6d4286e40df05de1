namespace Cigales.GrainInterfaces;

/// <summary>
/// The store could not record a change (database down, timeout). Nothing was acknowledged; the
/// caller may retry. The gRPC layer answers UNAVAILABLE.
/// </summary>
[GenerateSerializer]
public sealed class StoreUnavailableException(string message) : Exception(message);
