using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Web.Api;
using Cigales.Web.Components.Pages.Porteurs;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.Web.Tests.Porteurs;

public sealed class RegisteringAHolder : ScreenTest
{
    [Fact]
    public void ARetryAfterARefusalRegistersWithTheSameKeyAndOpensTheHoldersPage()
    {
        Api.Answer("ListClubs", (ListClubsRequest _) => new ListClubsResponse { Page = new() });
        Api.Refuse("RegisterProjectHolder", Refusals.Invalid("town", "project_holder.town_required", "town must not be blank"));
        var screen = RenderScreen<RegisterProjectHolder>();
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Enregistrer le porteur de projet")));

        screen.Fill("Nom du projet", "La Ressourcerie du Ternois");
        screen.Fill("Activité", "Réemploi et réparation");
        screen.Click("Enregistrer le porteur de projet");
        // The rule in French, beside the field it names.
        screen.WaitForAssertion(() => Assert.Equal(RefusalTexts.For("project_holder.town_required", StatusCode.InvalidArgument), screen.Beneath("Commune")));

        Api.Answer("RegisterProjectHolder", (RegisterProjectHolderRequest request) => new ProjectHolder { ProjectHolderId = "ternois", ProjectName = request.ProjectName });
        screen.Fill("Commune", "Saint-Pol-sur-Ternoise");
        screen.Click("Enregistrer le porteur de projet");

        screen.WaitForAssertion(() => Assert.EndsWith("/porteurs/ternois", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        var sent = Api.SentTo<RegisterProjectHolderRequest>("RegisterProjectHolder").ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].RequestId, sent[1].RequestId);
        Assert.True(Guid.TryParse(sent[1].RequestId, out _));
        Assert.Equal(("Saint-Pol-sur-Ternoise", "62", "2025-06-16"), (sent[1].Town, sent[1].Department, sent[1].WelcomedOn));
    }
}
