using Aspire.Hosting.Orleans;
using Microsoft.Extensions.Configuration;

namespace Cigales.AppHost;

/// <summary>The four domain services and the gateway in front of them.</summary>
internal static class CigalesServices
{
    public const int GatewayHttpPort = 8080;
    public const int GatewayGrpcPort = 8081;

    /// <summary>
    /// The identity service: its own database, the clients and the people's accounts it knows,
    /// and its key ring (Data Protection: sign-in cookies, codes and refresh tokens) kept in the
    /// data directory, so that a restart signs nobody out.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddIdentityService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<IResourceWithConnectionString> database,
        LocalClients clients,
        LocalAccounts accounts)
        where TProject : IProjectMetadata, new()
    {
        var identity = builder.AddService<TProject>(name).WithReference(database).WaitFor(database)
            .WithEnvironment("Identity__KeyRing", Path.Combine(DataDirectory.Resolve(builder), "identity-keys"));
        var systems = clients.All.Count();
        foreach (var (client, index) in LocalClients.People.Select((client, index) => (client, systems + index)))
        {
            identity.WithEnvironment($"Identity__Clients__{index}__ClientId", client.Id)
                .WithEnvironment($"Identity__Clients__{index}__DisplayName", client.DisplayName);
            foreach (var (uri, uriIndex) in client.RedirectUris.Select((uri, uriIndex) => (uri, uriIndex)))
            {
                identity.WithEnvironment($"Identity__Clients__{index}__RedirectUris__{uriIndex}", uri);
            }

            foreach (var (uri, uriIndex) in client.PostLogoutRedirectUris.Select((uri, uriIndex) => (uri, uriIndex)))
            {
                identity.WithEnvironment($"Identity__Clients__{index}__PostLogoutRedirectUris__{uriIndex}", uri);
            }
        }

        foreach (var (account, index) in LocalAccounts.All.Select((account, index) => (account, index)))
        {
            identity.WithEnvironment($"Identity__Accounts__{index}__Email", account.Email)
                .WithEnvironment($"Identity__Accounts__{index}__FullName", account.FullName)
                .WithEnvironment($"Identity__Accounts__{index}__Password", accounts.Password)
                .WithEnvironment($"Identity__Accounts__{index}__Memberships__0", account.Membership);
        }

        foreach (var (client, index) in clients.All.Select((client, index) => (client, index)))
        {
            identity.WithEnvironment($"Identity__Clients__{index}__ClientId", client.Id)
                .WithEnvironment($"Identity__Clients__{index}__Secret", client.Secret)
                .WithEnvironment($"Identity__Clients__{index}__DisplayName", client.DisplayName)
                .WithEnvironment($"Identity__Clients__{index}__Role", client.Role)
                .WithEnvironment($"Identity__Clients__{index}__Tenant", client.Tenant);
            foreach (var (scope, scopeIndex) in client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((scope, scopeIndex) => (scope, scopeIndex)))
            {
                identity.WithEnvironment($"Identity__Clients__{index}__Scopes__{scopeIndex}", scope);
            }
        }

        return identity;
    }

    /// <summary>A domain service: its own database, Redis, a silo of the Orleans cluster, and the identity service's keys for the tokens.</summary>
    public static IResourceBuilder<ProjectResource> AddDomainService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<IResourceWithConnectionString> database,
        IResourceBuilder<IResourceWithConnectionString> redis,
        OrleansService orleans,
        IResourceBuilder<ProjectResource> identity)
        where TProject : IProjectMetadata, new()
        => builder.AddService<TProject>(name)
            .WithReference(database).WaitFor(database)
            .WithReference(redis).WaitFor(redis)
            .WithReference(identity.GetEndpoint(KestrelEndpoints.Http)).WaitFor(identity)
            .WithSilo(orleans);

    /// <summary>
    /// The only entry point for clients, on http://localhost:8080 (JSON) and :8081 (gRPC); it finds
    /// the services by name (service discovery) and counts each client's calls in Redis.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddGateway<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<ProjectResource> identity,
        IResourceBuilder<IResourceWithConnectionString> redis,
        params IResourceBuilder<ProjectResource>[] services)
        where TProject : IProjectMetadata, new()
    {
        // Aspire.Hosting.Testing asks for random ports, so that tests never collide with a running
        // AppHost or with each other: then the gateway's ports are picked by Aspire too.
        var fixedPorts = !builder.Configuration.GetValue<bool>("DcpPublisher:RandomizePorts");
        var gateway = builder.AddService<TProject>(
                name, fixedPorts ? GatewayHttpPort : null, fixedPorts ? GatewayGrpcPort : null);
        // The token endpoint and the keys tokens are checked with.
        gateway.WithReference(identity.GetEndpoint(KestrelEndpoints.Http)).WaitFor(identity);
        // The rate limit's counters, shared by every gateway instance.
        gateway.WithReference(redis).WaitFor(redis);

        // The gateway's settings may be given to the AppHost (./run.sh --Gateway:RateLimit:PermitsPerWindow=100000,
        // to lift the rate limit for a load test): each reaches the gateway as its own setting.
        foreach (var (key, value) in builder.Configuration.GetSection("Gateway").AsEnumerable())
        {
            if (value is not null)
            {
                gateway.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
            }
        }

        // Only the two API endpoints: the gateway has no business with the silo ports.
        foreach (var service in services)
        {
            gateway.WithReference(service.GetEndpoint(KestrelEndpoints.Http))
                .WithReference(service.GetEndpoint(KestrelEndpoints.Grpc))
                .WaitFor(service);
        }

        return gateway;
    }

    /// <summary>
    /// Loads data/reference/pas-de-calais.json through the gateway's gRPC API once the gateway is
    /// healthy, then exits (the dashboard shows it Finished). A second run changes nothing.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddDemoData<TProject>(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<ProjectResource> gateway, LocalClients.Client client)
        where TProject : IProjectMetadata, new()
        => builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithEnvironment("Gateway", gateway.GetEndpoint(KestrelEndpoints.Grpc))
            .WithEnvironment("GatewayHttp", gateway.GetEndpoint(KestrelEndpoints.Http))
            .WithEnvironment("Auth__ClientId", client.Id)
            .WithEnvironment("Auth__ClientSecret", client.Secret)
            .WithEnvironment("DemoData__File", Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "data", "reference", "pas-de-calais.json")))
            .WithStopWithinDcpsGrace()
            .WaitFor(gateway);

    // No launch profile and no Kestrel endpoints from the project's own settings: the AppHost
    // alone decides where a service listens, so the services need no launchSettings.json.
    private static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, int? httpPort = null, int? grpcPort = null)
        where TProject : IProjectMetadata, new()
        => builder.AddProject<TProject>(name, options =>
            {
                options.ExcludeLaunchProfile = true;
                options.ExcludeKestrelEndpoints = true;
            })
            .WithKestrelEndpoints(httpPort, grpcPort)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithStopWithinDcpsGrace()
            .WithHttpHealthCheck("/health", endpointName: KestrelEndpoints.Http);

    /// <summary>
    /// When the AppHost stops, Aspire's orchestrator (DCP) sends SIGTERM to every process at once,
    /// kills one still running 6 s later, and gives the project behind that `dotnet run` another
    /// 6 s before killing it too. So each process must stop within 6 s on its own:
    /// <list type="bullet">
    /// <item>its hosted services get 4 s, then are cancelled (an Orleans silo then leaves the
    /// cluster without the full ceremony, which a loaded machine can stretch past 6 s);</item>
    /// <item>its last telemetry export, which finds the dashboard already stopped, fails at once: it
    /// would wait the default 10 s, and with the in-memory retry Aspire turns on it retries the
    /// refused connection until the timeout (the gateway took 2.7 s to stop instead of 0.1 s). A
    /// batch the running dashboard refuses is dropped rather than resent.</item>
    /// </list>
    /// </summary>
    internal static IResourceBuilder<ProjectResource> WithStopWithinDcpsGrace(this IResourceBuilder<ProjectResource> project)
        => project
            .WithEnvironment("DOTNET_shutdownTimeoutSeconds", "4")
            .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "2000")
            .WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"));
}
