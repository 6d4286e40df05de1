using System.Globalization;
using Cigales.Security;
using Yarp.ReverseProxy.Transforms;

namespace Cigales.Gateway.Routing;

public static class GatewayRegistration
{
    private const string GrpcTimeoutHeader = "grpc-timeout";

    public static IHostApplicationBuilder AddGatewayRouting(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        var grpcDeadline = ((long)options.DefaultDeadline.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "m";

        builder.Services
            .AddReverseProxy()
            .LoadFromMemory(GatewayRoutes.Routes(RoutedService.All, options), GatewayRoutes.Clusters(RoutedService.All, options))
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(context =>
            {
                if (context.Route.Metadata?.GetValueOrDefault(GatewayRoutes.ProtocolMetadataKey) == GatewayRoutes.GrpcProtocol)
                {
                    context.AddRequestTransform(transform => AddDefaultDeadline(transform, grpcDeadline));
                }
            });
        return builder;
    }

    /// <summary>
    /// A gRPC call that brings no deadline gets the default one, which the service honours: no
    /// call waits for ever. A call that brings its own keeps it. A subscription (server streaming)
    /// is meant to last: it ends when its caller hangs up, and its heartbeats keep it alive.
    /// </summary>
    private static ValueTask AddDefaultDeadline(RequestTransformContext transform, string grpcDeadline)
    {
        var method = ContractMethods.ForGrpcPath(transform.HttpContext.Request.Path);
        if (!transform.HttpContext.Request.Headers.ContainsKey(GrpcTimeoutHeader) && method?.Descriptor.IsServerStreaming != true)
        {
            transform.ProxyRequest.Headers.TryAddWithoutValidation(GrpcTimeoutHeader, grpcDeadline);
        }

        return ValueTask.CompletedTask;
    }
}
