using Bunit;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Partenaires;

namespace Cigales.Web.Tests.Partenaires;

public sealed class TheSharedProjectsList : ScreenTest
{
    [Fact]
    public void APartnerSeesTheSharedProjectsWithItsOwnCoFinancingPageByPage()
    {
        SignedInAs("Sophie Lambert", new Membership(Roles.Partner, PasDeCalaisActif));
        Api.Answer("ListSharedProjects", (ListSharedProjectsRequest request) => request.Page.Token.Length == 0
            ? new ListSharedProjectsResponse
            {
                SharedProjects =
                {
                    new SharedProject
                    {
                        ProjectHolderId = "ternois", ProjectName = "La Ressourcerie du Ternois", Town = "Saint-Pol-sur-Ternoise", Stage = PipelineStage.Studied,
                        AmountSought = new Money { Cents = 4_500_000 }, SharedOn = "2025-05-02",
                        CoFinancings = { new PartnerCoFinancing { PartnerId = PasDeCalaisActif, Amount = new Money { Cents = 1_500_000 }, Status = CoFinancingStatus.Proposed } },
                    },
                },
                Page = new PageResponse { NextToken = "page-2" },
            }
            : new ListSharedProjectsResponse
            {
                SharedProjects = { new SharedProject { ProjectHolderId = "zephyr", ProjectName = "Zéphyr Vélos", SharedOn = "2025-06-01", AmountSought = new Money { Cents = 800_000 } } },
                Page = new(),
            });

        var screen = RenderScreen<SharedProjectsList>();

        screen.WaitForAssertion(() => Assert.Contains("La Ressourcerie du Ternois", screen.Markup, StringComparison.Ordinal));
        var list = screen.Find("[aria-label='Liste des projets partagés']").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ');
        Assert.Contains("45 000,00 €", list, StringComparison.Ordinal);
        Assert.Contains("02/05/2025", list, StringComparison.Ordinal);
        Assert.Contains("Étudié", list, StringComparison.Ordinal);
        Assert.Contains("15 000,00 €, proposé au comité", list, StringComparison.Ordinal);
        Assert.Equal("/projets-partages/ternois", screen.Find("table a").GetAttribute("href"));

        screen.Click("Afficher plus de projets");

        screen.WaitForAssertion(() => Assert.Contains("Zéphyr Vélos", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Pas encore enregistré", screen.Markup, StringComparison.Ordinal);
        Assert.Equal(["", "page-2"], Api.SentTo<ListSharedProjectsRequest>("ListSharedProjects").Select(request => request.Page.Token));
        Assert.False(screen.Offers("Afficher plus de projets"));
    }
}
