using Cigales.ServiceKit.Storage;
using Marten;

namespace Cigales.Testing;

public static class TestStores
{
    /// <summary>A Marten store on a test database, configured as the services configure theirs.</summary>
    public static DocumentStore Open(string connectionString, params Action<StoreOptions>[] stores) => DocumentStore.For(options =>
    {
        options.Connection(connectionString);
        options.UseCigalesConventions();
        foreach (var configure in stores)
        {
            configure(options);
        }
    });
}
