using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cigales.AppHost;

/// <summary>A Redis server run from the machine's binaries by <c>scripts/redis.sh</c>.</summary>
internal sealed class LocalRedisResource(string name, string workingDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    // 127.0.0.1, not localhost: localhost may resolve to ::1, where this server does not listen.
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{Endpoint.Property(EndpointProperty.Port)}");
}

internal static class LocalRedis
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(3);

    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        var server = new LocalRedisResource(name, builder.AppHostDirectory);
        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => PingAsync(server, ct));

        // scripts/redis.sh keeps serving after the stop request until its clients have gone (5 s
        // at most): Aspire stops every resource at once, and silos need Redis to record that they
        // left the cluster, or they hang until killed and the whole stop takes longer.
        return builder.AddResource(server)
            .WithArgs(Path.Combine(builder.AppHostDirectory, "scripts", "redis.sh"), dataDirectory)
            // Not proxied: redis-server itself listens on the port Aspire picks, passed as $PORT.
            .WithEndpoint(name: LocalRedisResource.EndpointName, scheme: "tcp", env: "PORT", isProxied: false)
            .WithHealthCheck(healthCheck)
            .WithIconName("Memory");
    }

    /// <summary>Healthy when the server answers <c>PING</c> with <c>+PONG</c>.</summary>
    private static async Task<HealthCheckResult> PingAsync(LocalRedisResource server, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PingTimeout);

        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Endpoint.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);

        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var reply = Encoding.ASCII.GetString(buffer, 0, read);
        return reply.StartsWith("+PONG", StringComparison.Ordinal)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"PING answered '{reply.TrimEnd()}'");
    }
}
