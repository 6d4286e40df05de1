using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using GrpcServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Cigales.Gateway.Routing;

/// <summary>
/// A domain service behind the gateway: its resource name (as the AppHost and service discovery
/// know it), its gRPC service from the contract, and the JSON paths it serves.
/// </summary>
public sealed record RoutedService(string Name, GrpcServiceDescriptor Grpc)
{
    public static IReadOnlyList<RoutedService> All { get; } =
    [
        new("clubs", ClubsService.Descriptor),
        new("grants", GrantsService.Descriptor),
        new("events", EventsService.Descriptor),
        new("finance", FinanceService.Descriptor),
    ];

    /// <summary>
    /// The collections its JSON API serves (<c>/v1/clubs</c>), from the contract's paths: a method
    /// added to the contract is routed without touching the gateway.
    /// </summary>
    public IReadOnlyList<string> JsonPrefixes { get; } = ContractMethods.All
        .Where(method => method.Descriptor.Service == Grpc && method.JsonPath.Length > 0)
        .Select(method => ContractMethods.CollectionOf(method.JsonPath))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();
}
