using System.Net;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Cigales.Gateway.Routing;

/// <summary>
/// The routes of the gateway: gRPC by package and service (<c>/cigales.clubs.v1.ClubsService/*</c>)
/// to the service's h2c endpoint, JSON by path (<c>/v1/clubs/*</c>) to its HTTP/1.1 endpoint.
/// One route per service and protocol, each with an id, so that an authorisation or rate-limit
/// policy can be attached to each.
/// </summary>
public static class GatewayRoutes
{
    public const string GrpcProtocol = "grpc";
    public const string JsonProtocol = "json";
    public const string ProtocolMetadataKey = "protocol";
    public const string ServiceMetadataKey = "service";

    /// <summary>The identity service, whose token endpoint and metadata anyone may reach.</summary>
    public const string Identity = "identity";

    /// <summary>The policy of the services' routes: a valid token (ASP.NET Core's default policy); the scope is checked next.</summary>
    private const string TokenRequired = "default";

    /// <summary>Where the gateway serves each service's OpenAPI document: <c>/openapi/clubs.json</c>.</summary>
    public static string OpenApiPath(RoutedService service) => $"/openapi/{service.Name}.json";

    public static IReadOnlyList<RouteConfig> Routes(IEnumerable<RoutedService> services, GatewayOptions options) =>
        IdentityRoutes(options).Concat(services.SelectMany(service => new[]
            {
                new RouteConfig
                {
                    RouteId = $"{service.Name}-grpc",
                    ClusterId = $"{service.Name}-grpc",
                    Match = new RouteMatch { Path = $"/{service.Grpc.FullName}/{{method}}" },
                    MaxRequestBodySize = options.MaxRequestBodyBytes,
                    AuthorizationPolicy = TokenRequired,
                    Metadata = new Dictionary<string, string> { [ProtocolMetadataKey] = GrpcProtocol, [ServiceMetadataKey] = service.Name },
                },
                // The description of the JSON API, for anyone about to integrate: no token needed.
                new RouteConfig
                {
                    RouteId = $"{service.Name}-openapi",
                    ClusterId = $"{service.Name}-http",
                    Match = new RouteMatch { Path = OpenApiPath(service), Methods = ["GET"] },
                    AuthorizationPolicy = "anonymous",
                    Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
                    Metadata = new Dictionary<string, string> { [ProtocolMetadataKey] = JsonProtocol },
                },
            }
            .Concat(service.JsonPrefixes.Select((prefix, index) => new RouteConfig
            {
                RouteId = $"{service.Name}-json-{index}",
                ClusterId = $"{service.Name}-http",
                // A catch-all matches the collection itself too: /v1/clubs and /v1/clubs/{id}.
                Match = new RouteMatch { Path = $"{prefix}/{{**rest}}" },
                MaxRequestBodySize = options.MaxRequestBodyBytes,
                AuthorizationPolicy = TokenRequired,
                Metadata = new Dictionary<string, string> { [ProtocolMetadataKey] = JsonProtocol, [ServiceMetadataKey] = service.Name },
            }))))
        .ToList();

    /// <summary>
    /// The identity service's endpoints (token, authorization, sign-out, revocation), its metadata
    /// (issuer, signing keys) and the people's account pages (sign-in, invitation, password): no
    /// token needed, since they are how one gets one.
    /// </summary>
    private static IEnumerable<RouteConfig> IdentityRoutes(GatewayOptions options) =>
        new[] { ("connect", "/connect/{**rest}"), ("metadata", "/.well-known/{**rest}"), ("account", "/compte/{**rest}") }.Select(route => new RouteConfig
        {
            RouteId = $"{Identity}-{route.Item1}",
            ClusterId = $"{Identity}-http",
            Match = new RouteMatch { Path = route.Item2 },
            MaxRequestBodySize = options.MaxRequestBodyBytes,
            AuthorizationPolicy = "anonymous",
            Metadata = new Dictionary<string, string> { [ProtocolMetadataKey] = JsonProtocol },
        }).Append(new RouteConfig
        {
            // The accounts, for staff: a token needed here, and the identity service checks it is staff's.
            RouteId = $"{Identity}-accounts",
            ClusterId = $"{Identity}-http",
            Match = new RouteMatch { Path = "/v1/accounts/{**rest}" },
            MaxRequestBodySize = options.MaxRequestBodyBytes,
            AuthorizationPolicy = TokenRequired,
            Metadata = new Dictionary<string, string> { [ProtocolMetadataKey] = JsonProtocol },
        });

    public static IReadOnlyList<ClusterConfig> Clusters(IEnumerable<RoutedService> services, GatewayOptions options) =>
        new[]
        {
            new ClusterConfig
            {
                ClusterId = $"{Identity}-http",
                Destinations = Destination($"http://_http.{Identity}"),
                HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.DefaultDeadline },
            },
        }.Concat(services.SelectMany(service => new[]
        {
            new ClusterConfig
            {
                ClusterId = $"{service.Name}-grpc",
                // Service discovery resolves the service's endpoint named "grpc" (h2c).
                Destinations = Destination($"http://_grpc.{service.Name}"),
                // Cleartext HTTP/2 only: otherwise YARP would speak HTTP/1.1 and gRPC would fail.
                HttpRequest = new ForwarderRequestConfig
                {
                    Version = HttpVersion.Version20,
                    VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                },
            },
            new ClusterConfig
            {
                ClusterId = $"{service.Name}-http",
                Destinations = Destination($"http://_http.{service.Name}"),
                // A JSON call cannot bring a deadline: one that gets no answer in time gets 504.
                HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.DefaultDeadline },
            },
        }))
        .ToList();

    private static Dictionary<string, DestinationConfig> Destination(string address) =>
        new() { ["default"] = new DestinationConfig { Address = address } };
}
