using Cigales.Gateway.Access;
using Cigales.Gateway.Limits;

namespace Cigales.Gateway.Routing;

/// <summary>The gateway's limits, from the configuration section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>
    /// How long a call may take when it brings no deadline of its own: JSON calls never do, gRPC
    /// calls may (<c>grpc-timeout</c>). Past it the caller gets 504 or DEADLINE_EXCEEDED.
    /// </summary>
    public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>No request body may be larger: the API takes small messages only (413 beyond).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How many calls each client may make (429 or RESOURCE_EXHAUSTED beyond).</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>The web origins whose pages may call the API from a browser (<c>Gateway:Cors:Origins</c>).</summary>
    public BrowserOriginsOptions Cors { get; set; } = new();
}
