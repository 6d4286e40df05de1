using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Clubs;

namespace Cigales.Web.Tests.Clubs;

public sealed class TheDepartmentsProjects : ScreenTest
{
    private const string Canche = "01a21734d60678a4bc10d21f38c34bb3";

    [Fact]
    public void AClubMemberSeesTheProjectsOfItsDepartmentWithTheContactOnlyWhenShared()
    {
        SignedInAs("Anne Member", new Membership(Roles.ClubMember, Canche));
        Api.Answer("ListDepartmentProjects", (ListDepartmentProjectsRequest _) => new ListDepartmentProjectsResponse
        {
            Department = "62",
            Projects =
            {
                new DepartmentProject { ProjectHolderId = "h1", ProjectName = "Brouette Verte", Activity = "Recyclerie", Town = "Arras", Department = "62", Stage = PipelineStage.Pitched, PitchedOn = "2025-05-14", Contact = new ContactDetails { FullName = "Léa Martin", Email = "lea@example.org" } },
                new DepartmentProject { ProjectHolderId = "h2", ProjectName = "Atelier Vélo", Activity = "Réparation", Town = "Lens", Department = "62", Stage = PipelineStage.Oriented, Summary = "Cherche 10 000 €" },
            },
            Page = new(),
        });

        var screen = RenderScreen<ClubDepartmentProjects>(parameters => parameters.Add(tab => tab.Page, new ClubPage { Club = new Club { ClubId = Canche } }));

        screen.WaitForAssertion(() => Assert.Contains("Brouette Verte", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Léa Martin · lea@example.org", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Cherche 10 000 €", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("association sur demande", screen.Markup, StringComparison.Ordinal);
        Assert.Equal(Canche, Assert.Single(Api.SentTo<ListDepartmentProjectsRequest>("ListDepartmentProjects")).ClubId);
    }
}
