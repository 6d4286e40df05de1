using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cigales.AppHost;

/// <summary>One database of a <see cref="LocalPostgresResource"/>; the resource name is the database name.</summary>
internal sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={Name}");
}

internal static class LocalPostgresDatabases
{
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddLocalDatabase(
        this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.Resource.Databases.Add(database);

        var healthCheck = $"{name}_check";
        server.ApplicationBuilder.Services.AddHealthChecks()
            .AddAsyncCheck(healthCheck, ct => LocalPostgres.SelectOneAsync(server.Resource, name, ct));

        // Aspire gives a child its parent's state only when the parent is a container: this one
        // stays "Waiting" until CreateAsync has made the database and says it runs.
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [],
            })
            .WithHealthCheck(healthCheck);
    }

    /// <summary>
    /// Creates the missing databases once the server is healthy, before any service that waits
    /// for a database starts.
    /// </summary>
    public static async Task CreateAsync(
        LocalPostgresResource server, ResourceReadyEvent ready, CancellationToken cancellationToken)
    {
        var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
        await using var connection = await LocalPostgres.OpenAsync(server, "postgres", cancellationToken);

        foreach (var database in server.Databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new() { Value = database.Name } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                var quoted = new NpgsqlCommandBuilder().QuoteIdentifier(database.Name);
                await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            await notifications.PublishUpdateAsync(database, state => state with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            });
        }
    }
}
