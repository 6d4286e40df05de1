using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Microsoft.Extensions.Logging;

namespace Cigales.ServiceKit.Orleans;

/// <summary>
/// The store's libraries (Npgsql, Marten) throw exceptions Orleans has no codec for: one thrown by
/// a grain answering another silo — a stateless reader such as the club directory, during a
/// PostgreSQL restart — reached its caller as a <c>CodecNotFoundException</c>, answered INTERNAL.
/// Every grain call leaves through this filter: a passing failure as
/// <see cref="StoreUnavailableException"/> (UNAVAILABLE, retried), any other exception of those
/// libraries as an <see cref="InvalidOperationException"/> naming it (INTERNAL, logged here in
/// full), both of which cross silos.
/// </summary>
public sealed class StoreFailuresCrossSilos(ILogger<StoreFailuresCrossSilos> logger) : IIncomingGrainCallFilter
{
    private static readonly string[] StoreLibraries = ["Npgsql", "Marten", "JasperFx", "Weasel"];

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (FromTheStore(exception))
        {
            if (FailureStatus.IsPassing(exception))
            {
                logger.LogWarning(exception, "{Grain}.{Method} could not reach the store", context.InterfaceName, context.MethodName);
                throw new StoreUnavailableException($"the store could not be reached: {exception.GetType().Name}");
            }

            logger.LogError(exception, "{Grain}.{Method} failed in the store", context.InterfaceName, context.MethodName);
            throw new InvalidOperationException($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static bool FromTheStore(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var library = current.GetType().Namespace ?? string.Empty;
            if (StoreLibraries.Any(name => library == name || library.StartsWith(name + ".", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
