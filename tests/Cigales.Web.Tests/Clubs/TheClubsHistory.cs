using System.Text.RegularExpressions;
using Cigales.Testing;
using Cigales.Web.Components.Pages.Clubs;

namespace Cigales.Web.Tests.Clubs;

public sealed partial class TheClubsHistory
{
    [Fact]
    public void EveryChangeAClubRecordsIsNamedInFrench()
    {
        var events = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Cigales.Clubs", "Domain", "ClubEvents.cs"));
        var kinds = ClubEvent().Matches(events).Select(match => match.Groups[1].Value).ToList();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.NotEqual("Autre changement", ClubLabels.Change(kind)));
    }

    // Each event a club's stream stores: `public sealed record MemberJoined(...) : ClubEvent`.
    [GeneratedRegex(@"record ([A-Z][A-Za-z]+)\([^;]*?\)\s*:\s*ClubEvent")]
    private static partial Regex ClubEvent();
}
