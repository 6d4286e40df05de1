using Cigales.Events.Domain;
using Cigales.Events.Projections;
using Cigales.Testing;

namespace Cigales.Events.Tests;

/// <summary>
/// The names the Events service's events and documents are stored with do not change: data written
/// before would otherwise read back with fields missing. A change that means it (a new field)
/// updates <c>stored-shapes.txt</c> (<see cref="StoredShapes.AreAsSaved"/>).
/// </summary>
public sealed class StoredShapesStayTheSame
{
    private static readonly Type[] Stored =
    [
        typeof(EventHappening),
        typeof(EventView),
        typeof(RegistrantContact),
        typeof(OutsideWorkHappening),
        typeof(OutsideWorkView),
    ];

    [Fact]
    public void EveryStoredNameIsTheOneSavedDataUses() => StoredShapes.AreAsSaved("Cigales.Events.Tests", Stored);
}
