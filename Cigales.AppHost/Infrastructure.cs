namespace Cigales.AppHost;

/// <summary>
/// PostgreSQL and Redis: containers when a container runtime answers, else the machine's own
/// binaries. Either way the services get ordinary connection strings and never know which it was.
/// </summary>
internal sealed class Infrastructure(
    IResourceBuilder<IResourceWithConnectionString> redis,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
{
    public IResourceBuilder<IResourceWithConnectionString> Redis { get; } = redis;

    /// <summary>Adds one database; its resource name is also its connection-string name.</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);

    public static Infrastructure Add(IDistributedApplicationBuilder builder)
    {
        if (ContainerRuntime.ShouldUse(builder.Configuration))
        {
            var postgres = builder.AddPostgres("postgres").WithDataVolume();
            return new(builder.AddRedis("redis").WithDataVolume(), name => postgres.AddDatabase(name));
        }

        var dataDirectory = DataDirectory.Resolve(builder);
        var localPostgres = builder.AddLocalPostgres("postgres", Path.Combine(dataDirectory, "postgres"));
        var localRedis = builder.AddLocalRedis("redis", Path.Combine(dataDirectory, "redis"));
        return new(localRedis, name => localPostgres.AddLocalDatabase(name));
    }
}
