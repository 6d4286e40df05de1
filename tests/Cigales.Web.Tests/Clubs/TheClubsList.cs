using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Clubs;

namespace Cigales.Web.Tests.Clubs;

public sealed class TheClubsList : ScreenTest
{
    [Fact]
    public void StaffSeeEveryClubWithItsStatusInFrench()
    {
        Api.Answer("ListClubs", (ListClubsRequest _) => new ListClubsResponse
        {
            Clubs =
            {
                new Club { ClubId = ChtiKarite, Name = "Ch'ti Karité", Commune = "Arras", Department = "62", Status = ClubStatus.Investing, CreatedOn = "2023-03-14" },
                new Club { ClubId = "solartois", Name = "Solartois", Commune = "Béthune", Department = "62", Status = ClubStatus.Forming, CreatedOn = "2025-01-09" },
            },
            Page = new(),
        });

        var screen = RenderScreen<ClubsList>();

        screen.WaitForAssertion(() => Assert.Contains("Ch'ti Karité", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("En investissement", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("14/03/2023", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Enregistrer un club", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AClubMemberSeesTheirClubAndNoOther()
    {
        SignedInAs("Martine Lefebvre", new Membership(Roles.ClubMember, ChtiKarite));
        Api.Answer("GetClub", (GetClubRequest request) => new Club { ClubId = request.ClubId, Name = "Ch'ti Karité", Status = ClubStatus.Investing });

        var screen = RenderScreen<ClubsList>();

        screen.WaitForAssertion(() => Assert.Contains("Ch'ti Karité", screen.Markup, StringComparison.Ordinal));
        // Only their club was asked for, and the list of every club never was; nor is registering offered.
        Assert.Equal([ChtiKarite], Api.SentTo<GetClubRequest>("GetClub").Select(request => request.ClubId));
        Assert.Empty(Api.SentTo<ListClubsRequest>("ListClubs"));
        Assert.DoesNotContain("Enregistrer un club", screen.Markup, StringComparison.Ordinal);
    }
}
