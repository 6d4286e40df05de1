using Cigales.Grants.Domain;
using Cigales.Grants.Projections;
using Cigales.Testing;

namespace Cigales.Grants.Tests;

/// <summary>
/// The names the Grants service's events and documents are stored with do not change: data written
/// before would otherwise read back with fields missing. A change that means it (a new field)
/// updates <c>stored-shapes.txt</c> (<see cref="StoredShapes.AreAsSaved"/>).
/// </summary>
public sealed class StoredShapesStayTheSame
{
    private static readonly Type[] Stored =
    [
        typeof(ConventionEvent),
        typeof(OrganisationEvent),
        typeof(BudgetLineEvent),
        typeof(ConventionView),
        typeof(OrganisationView),
        typeof(BudgetLineView),
        typeof(Cigales.Grants.Grains.NotificationRecord),
        typeof(Cigales.ServiceKit.Mail.OutgoingMail),
        typeof(Cigales.ServiceKit.Mail.MailAttempt),
    ];

    [Fact]
    public void EveryStoredNameIsTheOneSavedDataUses() => StoredShapes.AreAsSaved("Cigales.Grants.Tests", Stored);
}
