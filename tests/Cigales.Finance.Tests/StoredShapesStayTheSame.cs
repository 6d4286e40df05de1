using Cigales.Finance.Domain;
using Cigales.Finance.Projections;
using Cigales.Testing;

namespace Cigales.Finance.Tests;

/// <summary>
/// The names the Finance service's events and documents are stored with do not change: data written
/// before would otherwise read back with fields missing. A change that means it (a new field)
/// updates <c>stored-shapes.txt</c> (<see cref="StoredShapes.AreAsSaved"/>).
/// </summary>
public sealed class StoredShapesStayTheSame
{
    private static readonly Type[] Stored =
    [
        typeof(EnterpriseEvent),
        typeof(InvestmentEvent),
        typeof(ProjectHolderEvent),
        typeof(SagaAction),
        typeof(SharedProjectChanged),
        typeof(EnterpriseView),
        typeof(InvestmentView),
        typeof(ProjectHolderView),
        typeof(HolderContact),
    ];

    [Fact]
    public void EveryStoredNameIsTheOneSavedDataUses() => StoredShapes.AreAsSaved("Cigales.Finance.Tests", Stored);
}
