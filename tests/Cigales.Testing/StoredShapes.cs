using System.Text.Json;
using Cigales.ServiceKit.Storage;

namespace Cigales.Testing;

/// <summary>
/// The names a service's stored events and documents are written with, type by type, as the
/// store writes them (Marten's casing keeps C# names; <see cref="StoredMoney"/> names amounts in
/// cents). A stored name that changes would leave the data written before unread, silently: each
/// service's tests compare these lines with its <c>stored-shapes.txt</c>.
/// </summary>
public static class StoredShapes
{
    /// <param name="roots">The stored types; an abstract one stands for every concrete type of its assembly that derives from it.</param>
    public static IReadOnlyList<string> Of(params Type[] roots)
    {
        var options = new JsonSerializerOptions();
        StoredMoney.NamedInCents(options);
        var seen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Queue<Type>(roots);
        while (pending.TryDequeue(out var type))
        {
            foreach (var stored in Concrete(type).Where(t => !seen.ContainsKey(t.FullName!)))
            {
                var info = options.GetTypeInfo(stored);
                seen[stored.FullName!] = string.Join(", ", info.Properties.Select(p => p.Name).Order(StringComparer.Ordinal));
                foreach (var property in info.Properties)
                    foreach (var reached in Reached(property.PropertyType))
                        pending.Enqueue(reached);
            }
        }

        return [.. seen.Select(entry => $"{entry.Key}: {entry.Value}")];
    }

    /// <summary>
    /// Fails unless the stored names are those saved beside the test project's sources
    /// (<c>stored-shapes.txt</c>, copied to its output). A change that means it (a new field)
    /// rewrites the file when run with <c>STORED_SHAPES=write</c>; the diff is then reviewed.
    /// </summary>
    public static void AreAsSaved(string testProject, params Type[] roots)
    {
        var current = Of(roots);
        if (Environment.GetEnvironmentVariable("STORED_SHAPES") == "write")
            File.WriteAllLines(Path.Combine(RepositoryRoot.Path, "tests", testProject, "stored-shapes.txt"), current);

        Xunit.Assert.Equal(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "stored-shapes.txt")), current);
    }

    private static IEnumerable<Type> Concrete(Type type) =>
        type.IsAbstract
            ? type.Assembly.GetTypes().Where(t => !t.IsAbstract && type.IsAssignableFrom(t))
            : [type];

    private static IEnumerable<Type> Reached(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return Reached(underlying);
        if (type.IsArray)
            return Reached(type.GetElementType()!);
        if (type.IsGenericType)
            return type.GetGenericArguments().SelectMany(Reached);
        return type.Namespace?.StartsWith("Cigales.", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsPrimitive
            && type != typeof(SharedKernel.Money)
            ? [type]
            : [];
    }
}
