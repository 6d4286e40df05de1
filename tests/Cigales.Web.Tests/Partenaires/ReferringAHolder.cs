using Bunit;
using Cigales.Contracts.Finance.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Partenaires;

namespace Cigales.Web.Tests.Partenaires;

public sealed class ReferringAHolder : ScreenTest
{
    private readonly List<ReferredHolder> _referred =
    [
        new() { ProjectHolderId = "h1", ProjectName = "Brouette Verte", PartnerId = PasDeCalaisActif, Stage = PipelineStage.Oriented, WelcomedOn = "2025-05-02", StageReachedOn = "2025-05-20" },
    ];

    public ReferringAHolder()
    {
        SignedInAs("Sophie Lambert", new Membership(Roles.Partner, PasDeCalaisActif));
        Api.Answer("ListReferredHolders", (ListReferredHoldersRequest _) => new ListReferredHoldersResponse { ReferredHolders = { _referred }, Page = new() });
    }

    [Fact]
    public void APartnerSeesItsReferralsAndWhereEachStands()
    {
        var screen = RenderScreen<ReferralsPage>();

        screen.WaitForAssertion(() => Assert.Contains("Brouette Verte", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Orienté", screen.Markup, StringComparison.Ordinal);
        Assert.Equal(PasDeCalaisActif, Assert.Single(Api.SentTo<ListReferredHoldersRequest>("ListReferredHolders")).PartnerId);
    }

    [Fact]
    public void ReferringSendsTheHolderUnderThePartnersOwnIdAndListsIt()
    {
        Api.Answer("ReferProjectHolder", (ReferProjectHolderRequest request) => new ReferredHolder
        {
            ProjectHolderId = "h2", ProjectName = request.ProjectName, PartnerId = request.PartnerId, Stage = PipelineStage.Welcomed, WelcomedOn = "2025-06-16", StageReachedOn = "2025-06-16",
        });
        var screen = RenderScreen<ReferralsPage>();
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Orienter ce porteur")));

        screen.Fill("Nom de votre organisation", "Pas-de-Calais Actif");
        screen.Fill("Nom du projet", "Atelier Vélo");
        screen.Fill("Activité", "Réparation de vélos");
        screen.Fill("Commune", "Arras");
        screen.Fill("Département", "62");
        screen.Fill("Nom du porteur", "Léa Martin");
        screen.Click("Orienter ce porteur");

        screen.WaitForAssertion(() => Assert.Contains("Atelier Vélo", screen.Markup, StringComparison.Ordinal));
        var sent = Assert.Single(Api.SentTo<ReferProjectHolderRequest>("ReferProjectHolder"));
        Assert.Equal((PasDeCalaisActif, "Atelier Vélo", "62", "Léa Martin"), (sent.PartnerId, sent.ProjectName, sent.Department, sent.Contact.FullName));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
    }

    [Fact]
    public void AMissingNameIsShownBesideItsField()
    {
        Api.Refuse("ReferProjectHolder", Refusals.Invalid("contact.full_name", "required", "contact.full_name is required"));
        var screen = RenderScreen<ReferralsPage>();
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Orienter ce porteur")));

        screen.Click("Orienter ce porteur");

        screen.WaitForAssertion(() => Assert.NotEqual(string.Empty, screen.Beneath("Nom du porteur")));
    }
}
