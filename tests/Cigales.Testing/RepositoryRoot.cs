namespace Cigales.Testing;

public static class RepositoryRoot
{
    /// <summary>The folder that holds Cigales.sln, found from where the tests run.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Cigales.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Cigales.sln above {AppContext.BaseDirectory}");
    }
}
