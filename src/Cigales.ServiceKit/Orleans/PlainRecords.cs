using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace Cigales.ServiceKit.Orleans;

/// <summary>
/// How grain calls carry the services' commands and readouts: plain C# records, declared without
/// any Orleans attribute so that the domain stays free of the framework (docs/DESIGN.md,
/// "Serialisation at the edge"). Between silos they travel as System.Text.Json; within a silo
/// they are passed as they are, since every one of them is an immutable record — what
/// <c>[Immutable]</c> said of them before. Types with a generated serializer (the exceptions a
/// grain throws) keep it: Orleans asks a generalized codec only for a type it has none for.
/// </summary>
public static class PlainRecords
{
    /// <summary>The services' own types: namespaces under <c>Cigales.</c>, exceptions apart.</summary>
    public static bool AreCarried(Type type) =>
        type.Namespace?.StartsWith("Cigales.", StringComparison.Ordinal) == true && !typeof(Exception).IsAssignableFrom(type);

    /// <summary>For a silo's or a client's services: both ends of a call must agree.</summary>
    public static IServiceCollection AddPlainRecords(this IServiceCollection services)
    {
        // Before the JSON codec's copier, which would otherwise copy each record by a round trip through JSON.
        services.AddSingleton<IGeneralizedCopier, ImmutableRecordCopier>();
        services.AddSerializer(serializer => serializer.AddJsonSerializer(isSupported: AreCarried));
        return services;
    }

    private sealed class ImmutableRecordCopier : IGeneralizedCopier
    {
        public bool IsSupportedType(Type type) => AreCarried(type);

        public object? DeepCopy(object? input, CopyContext context) => input;
    }
}
