using Cigales.Finance.Domain;
using Cigales.Finance.Projections;
using Cigales.Testing;

namespace Cigales.Finance.Tests;

/// <summary>
/// The names the Finance service's events and documents are stored with do not change: data written
/// before would otherwise read back with fields missing. A change that means it (a new field)
/// updates <c>stored-shapes.txt</c>: run with <c>STORED_SHAPES=write</c> and review the diff.
/// </summary>
public sealed class StoredShapesStayTheSame
{
    private static readonly Type[] Stored =
    [
        typeof(EnterpriseEvent),
        typeof(InvestmentEvent),
        typeof(ProjectHolderEvent),
        typeof(SagaAction),
        typeof(EnterpriseView),
        typeof(InvestmentView),
        typeof(ProjectHolderView),
    ];

    [Fact]
    public void EveryStoredNameIsTheOneSavedDataUses()
    {
        var current = StoredShapes.Of(Stored);
        if (Environment.GetEnvironmentVariable("STORED_SHAPES") == "write")
            File.WriteAllLines(Path.Combine(RepositoryRoot.Path, "tests", "Cigales.Finance.Tests", "stored-shapes.txt"), current);

        Assert.Equal(StoredShapes.Saved(), current);
    }
}
