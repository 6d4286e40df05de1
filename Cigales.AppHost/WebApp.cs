using Microsoft.Extensions.Configuration;

namespace Cigales.AppHost;

/// <summary>The web app people work in, on http://localhost:8082.</summary>
internal static class WebApp
{
    public const int Port = 8082;

    /// <summary>
    /// Calls the gateway (gRPC for the API, HTTP for signing in) on behalf of the signed-in person;
    /// keeps their tokens in Redis and its key ring in the data directory. The identity service
    /// sends people back to the web app's own address, the one Aspire picked when ports are random (tests).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddWebApp<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<ProjectResource> gateway,
        IResourceBuilder<ProjectResource> identity,
        IResourceBuilder<IResourceWithConnectionString> redis,
        LocalClients clients)
        where TProject : IProjectMetadata, new()
    {
        var fixedPorts = !builder.Configuration.GetValue<bool>("DcpPublisher:RandomizePorts");
        var web = builder.AddProject<TProject>(name, options =>
            {
                options.ExcludeLaunchProfile = true;
                options.ExcludeKestrelEndpoints = true;
            })
            .WithWebEndpoint(fixedPorts ? Port : null)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("Gateway__Http", gateway.GetEndpoint(KestrelEndpoints.Http))
            .WithEnvironment("Gateway__Grpc", gateway.GetEndpoint(KestrelEndpoints.Grpc))
            .WithEnvironment("Web__KeyRing", Path.Combine(DataDirectory.Resolve(builder), "web-keys"))
            .WithReference(redis).WaitFor(redis)
            .WaitFor(gateway)
            .WithHttpHealthCheck("/health", endpointName: KestrelEndpoints.Http)
            .WithStopWithinDcpsGrace()
            .WithUrlForEndpoint(KestrelEndpoints.Http, url => url.DisplayText = "Cigales (application web)");

        var address = web.GetEndpoint(KestrelEndpoints.Http);
        var client = clients.All.Count() + LocalClients.People.ToList().IndexOf(LocalClients.Web);
        identity.WithEnvironment($"Identity__Clients__{client}__RedirectUris__0", ReferenceExpression.Create($"{address}/signin-oidc"))
            .WithEnvironment($"Identity__Clients__{client}__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{address}/signout-callback-oidc"));
        return web;
    }
}
