namespace Cigales.AppHost;

/// <summary>The two Kestrel endpoints of every service, configured entirely through environment.</summary>
internal static class KestrelEndpoints
{
    public const string Http = "http";
    public const string Grpc = "grpc";

    /// <summary>
    /// <c>http</c> (HTTP/1.1: JSON, health) and <c>grpc</c> (HTTP/2 only): without TLS an
    /// Http1AndHttp2 endpoint speaks only HTTP/1.1, so cleartext gRPC (h2c) needs its own.
    /// Ports are picked by Aspire behind its proxy unless fixed ones are given, which the
    /// service then binds itself.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithKestrelEndpoints(
        this IResourceBuilder<ProjectResource> builder, int? httpPort = null, int? grpcPort = null)
    {
        builder.WithKestrelEndpoint(Http, "Http1", httpPort);
        builder.WithKestrelEndpoint(Grpc, "Http2", grpcPort);

        // Aspire would also list both in ASPNETCORE_URLS and HTTP_PORTS, without their protocols.
        return builder.WithEndpointsInEnvironment(endpoint => endpoint.Name is not (Http or Grpc));
    }

    /// <summary>The web app's one endpoint, <c>http</c>: its pages and their circuits (HTTP/1.1 WebSockets).</summary>
    public static IResourceBuilder<ProjectResource> WithWebEndpoint(this IResourceBuilder<ProjectResource> builder, int? port)
    {
        builder.WithKestrelEndpoint(Http, "Http1", port);
        return builder.WithEndpointsInEnvironment(endpoint => endpoint.Name is not Http);
    }

    private static void WithKestrelEndpoint(
        this IResourceBuilder<ProjectResource> builder, string name, string protocols, int? port)
    {
        builder.WithEndpoint(port: port, targetPort: port, scheme: "http", name: name, isProxied: port is null);
        var endpoint = builder.GetEndpoint(name);
        builder.WithEnvironment($"Kestrel__Endpoints__{name}__Url",
            ReferenceExpression.Create($"http://localhost:{endpoint.Property(EndpointProperty.TargetPort)}"));
        builder.WithEnvironment($"Kestrel__Endpoints__{name}__Protocols", protocols);
    }
}
