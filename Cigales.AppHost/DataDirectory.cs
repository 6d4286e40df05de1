namespace Cigales.AppHost;

/// <summary>Where the local PostgreSQL and Redis keep their data between runs.</summary>
internal static class DataDirectory
{
    /// <summary>Overrides the folder, e.g. <c>--Cigales:DataDirectory=/tmp/x</c> from a test.</summary>
    public const string ConfigurationKey = "Cigales:DataDirectory";

    public static string Resolve(IDistributedApplicationBuilder builder)
    {
        // The repository root is the AppHost project's parent; its .data/ is ignored by git.
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var configured = builder.Configuration[ConfigurationKey];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(repositoryRoot, ".data")
            : Path.GetFullPath(configured, repositoryRoot);
    }
}
