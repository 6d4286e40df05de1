using Cigales.Clubs.Domain;
using Cigales.Clubs.Projections;
using Cigales.Testing;

namespace Cigales.Clubs.Tests;

/// <summary>
/// The names the Clubs service's events and documents are stored with do not change: data written
/// before would otherwise read back with fields missing. A change that means it (a new field)
/// updates <c>stored-shapes.txt</c> (<see cref="StoredShapes.AreAsSaved"/>).
/// </summary>
public sealed class StoredShapesStayTheSame
{
    private static readonly Type[] Stored =
    [
        typeof(ClubEvent),
        typeof(ClubView),
        typeof(Cigales.Clubs.People.PersonRecord),
        typeof(Cigales.Clubs.Grains.ClubNotice),
        typeof(Cigales.ServiceKit.Mail.OutgoingMail),
        typeof(Cigales.ServiceKit.Mail.MailAttempt),
    ];

    [Fact]
    public void EveryStoredNameIsTheOneSavedDataUses() => StoredShapes.AreAsSaved("Cigales.Clubs.Tests", Stored);
}
