using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using GrpcServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Cigales.Gateway.Routing;

/// <summary>
/// A domain service behind the gateway: its resource name (as the AppHost and service discovery
/// know it), its gRPC service from the contract, and the JSON paths it serves.
/// </summary>
public sealed record RoutedService(string Name, GrpcServiceDescriptor Grpc, IReadOnlyList<string> JsonPrefixes)
{
    public static IReadOnlyList<RoutedService> All { get; } =
    [
        new("clubs", ClubsService.Descriptor, ["/v1/clubs", "/v1/people", "/v1/network-figures"]),
        new("grants", GrantsService.Descriptor, ["/v1/organisations", "/v1/budget-lines", "/v1/conventions", "/v1/deadlines", "/v1/notifications", "/v1/open-data", "/v1/reports"]),
        new("events", EventsService.Descriptor, ["/v1/events", "/v1/event-figures", "/v1/time-spent"]),
        new("finance", FinanceService.Descriptor, ["/v1/project-holders", "/v1/pipeline-figures", "/v1/enterprises", "/v1/investments", "/v1/portfolio"]),
    ];
}
