using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Cigales.AppHost;

/// <summary>A PostgreSQL server run from the machine's binaries by <c>scripts/postgres.sh</c>.</summary>
internal sealed class LocalPostgresResource(string name, string workingDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    public List<LocalPostgresDatabaseResource> Databases { get; } = [];

    // Trust authentication (scripts/postgres.sh): the server listens on 127.0.0.1 only and has no
    // unix socket, so a password known to the repository would protect nothing more.
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres");
}

internal static class LocalPostgres
{
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        var server = new LocalPostgresResource(name, builder.AppHostDirectory);
        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => SelectOneAsync(server, "postgres", ct));

        return builder.AddResource(server)
            .WithArgs(Path.Combine(builder.AppHostDirectory, "scripts", "postgres.sh"), dataDirectory)
            // Not proxied: PostgreSQL itself listens on the port Aspire picks, passed as $PORT.
            .WithEndpoint(name: LocalPostgresResource.EndpointName, scheme: "tcp", env: "PORT", isProxied: false)
            .WithHealthCheck(healthCheck)
            .WithIconName("Database")
            .OnResourceReady(LocalPostgresDatabases.CreateAsync);
    }

    /// <summary>Healthy when the database accepts a connection and answers a query.</summary>
    public static async Task<HealthCheckResult> SelectOneAsync(
        IResourceWithConnectionString server, string database, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(server, database, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }

    public static async Task<NpgsqlConnection> OpenAsync(
        IResourceWithConnectionString server, string database, CancellationToken cancellationToken)
    {
        // No pooling: the AppHost's own probes must not keep connections open on the server.
        var connectionString = new NpgsqlConnectionStringBuilder(
            await server.ConnectionStringExpression.GetValueAsync(cancellationToken))
        {
            Database = database,
            Pooling = false,
            Timeout = 5,
        };
        var connection = new NpgsqlConnection(connectionString.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
