using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Web.Api;
using Cigales.Web.Components.Pages.Investissements;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Cigales.Web.Tests.Investissements;

public sealed class TheEnterprises : ScreenTest
{
    private const string MaisonDesFaiseurs = "maison-des-faiseurs";

    public TheEnterprises()
    {
        Api.Answer("ListProjectHolders", (ListProjectHoldersRequest _) => new ListProjectHoldersResponse
        {
            ProjectHolders = { new ProjectHolder { ProjectHolderId = "holder-faiseurs", ProjectName = "La Maison des Faiseurs", Activity = "Actions socio-culturelles", Town = "Montreuil-sur-Mer", Department = "62" } },
            Page = new(),
        });
        Api.Answer("GetEnterprise", (GetEnterpriseRequest _) => Faiseurs());
        Api.Answer("GetProjectHolder", (GetProjectHolderRequest request) => new ProjectHolder { ProjectHolderId = request.ProjectHolderId, ProjectName = "La Maison des Faiseurs" });
        Api.Answer("ListOrganisations", (ListOrganisationsRequest _) => new ListOrganisationsResponse
        {
            Organisations =
            {
                new Organisation { OrganisationId = PasDeCalaisActif, Name = "Pas-de-Calais Actif" },
                new Organisation { OrganisationId = PasDeCalaisDepartement, Name = "Département du Pas-de-Calais" },
            },
            Page = new(),
        });
        Api.Answer("ListInvestments", (ListInvestmentsRequest request) => new ListInvestmentsResponse
        {
            Investments =
            {
                new Investment
                {
                    InvestmentId = "canche-faiseurs", ClubId = "club-canche", EnterpriseId = request.EnterpriseId, DecidedOn = "2024-04-02", Amount = new() { Cents = 150000 },
                    Instrument = Instrument.ContributionWithRightOfRecovery, Status = InvestmentStatus.Disbursed, Repaid = new(),
                },
            },
            Page = new(),
        });
        Api.Answer("GetClub", (GetClubRequest request) => new Club { ClubId = request.ClubId, Name = "Cigales de la Canche" });
    }

    [Fact]
    public void AnEnterpriseShowsItsFinancingInFrench()
    {
        var screen = OpenFaiseurs();

        screen.WaitForAssertion(() => Assert.Contains("Cigales de la Canche", screen.Markup, StringComparison.Ordinal));
        Assert.Equal("1 500,00 €", screen.Find("[data-testid=apport-clubs]").TextContent);
        Assert.Equal("6 000,00 €", screen.Find("[data-testid=financement-total]").TextContent);
        Assert.Contains("4 € de financement pour 1 € des clubs", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Association (catégorie INSEE 9220)", screen.Markup, StringComparison.Ordinal);
        var coFinancing = screen.FindAll("tr").Single(row => row.TextContent.Contains("Pas-de-Calais Actif", StringComparison.Ordinal)).TextContent;
        Assert.Contains("Prêt", coFinancing, StringComparison.Ordinal);
        Assert.Contains("20/04/2024", coFinancing, StringComparison.Ordinal);
        Assert.Contains("4 500,00 €", coFinancing, StringComparison.Ordinal);
        Assert.Equal(MaisonDesFaiseurs, Assert.Single(Api.SentTo<ListInvestmentsRequest>("ListInvestments")).EnterpriseId);
    }

    [Fact]
    public void ACoFinancingSendsCentsFromEurosTypedWithACommaUnderItsKey()
    {
        Api.Answer("RecordCoFinancing", (RecordCoFinancingRequest request) => Faiseurs());
        // The partners' list opens in the popover provider, rendered here to pick from it.
        var popovers = Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var screen = Render<EnterprisePage>(parameters => parameters.Add(page => page.EnterpriseId, MaisonDesFaiseurs));
        screen.WaitForAssertion(() => Assert.Contains("Enregistrer un cofinancement", screen.Markup, StringComparison.Ordinal));

        screen.Field("Partenaire").MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), item => item.TextContent.Contains("Pas-de-Calais Actif", StringComparison.Ordinal)));
        popovers.FindAll(".mud-list-item").Single(item => item.TextContent.Contains("Pas-de-Calais Actif", StringComparison.Ordinal)).Click();
        screen.Type("Montant", "4 500,75");
        screen.Fill("Date", "20/04/2025");
        screen.Click("Enregistrer le cofinancement");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordCoFinancingRequest>("RecordCoFinancing")));
        var sent = Api.SentTo<RecordCoFinancingRequest>("RecordCoFinancing").Single();
        Assert.Equal((MaisonDesFaiseurs, PasDeCalaisActif, "Pas-de-Calais Actif", 450075L, Instrument.Loan, "2025-04-20"),
            (sent.EnterpriseId, sent.PartnerId, sent.PartnerName, sent.Amount.Cents, sent.Instrument, sent.On));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
    }

    [Fact]
    public void ARefusedSiretIsShownBesideTheSiret()
    {
        Api.Refuse("RegisterEnterprise", Refusals.Invalid("siret", "siret.valid", "siret '38035677400056' is not a valid SIRET"));
        var screen = RenderScreen<RegisterEnterprise>();
        screen.WaitForAssertion(() => Assert.Contains("Porteur de projet", screen.Markup, StringComparison.Ordinal));
        screen.Fill("Nom de l'entreprise", "Littoral Bio");
        screen.Fill("SIRET", "380 356 774 00056");
        screen.Fill("Activité", "Traiteur bio");
        screen.Fill("Commune", "Saint-Martin");
        screen.Type("Capital social", "10 000,50");

        screen.Click("Enregistrer l'entreprise");

        screen.WaitForAssertion(() => Assert.Contains(RefusalTexts.For("siret.valid", StatusCode.InvalidArgument), screen.Field("SIRET").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(Api.SentTo<RegisterEnterpriseRequest>("RegisterEnterprise"));
        Assert.Equal(("Littoral Bio", "38035677400056", "62", 1000050L), (sent.Name, sent.Siret, sent.Department, sent.ShareCapital.Cents));
        Assert.DoesNotContain(RefusalTexts.For("siret.valid", StatusCode.InvalidArgument), screen.Field("Nom de l'entreprise").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AHoldersEnterpriseStartsFromTheHolder()
    {
        Api.Answer("RegisterEnterprise", (RegisterEnterpriseRequest request) => new Enterprise { EnterpriseId = "new-enterprise", Name = request.Name });
        Services.GetRequiredService<NavigationManager>().NavigateTo("/investissements/entreprises/nouvelle?porteur=holder-faiseurs");
        var screen = RenderScreen<RegisterEnterprise>();
        screen.WaitForAssertion(() => Assert.Equal("La Maison des Faiseurs", screen.Input("Nom de l'entreprise").GetAttribute("value")));

        screen.Click("Enregistrer l'entreprise");

        screen.WaitForAssertion(() => Assert.EndsWith("/investissements/entreprises/new-enterprise", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        var sent = Assert.Single(Api.SentTo<RegisterEnterpriseRequest>("RegisterEnterprise"));
        Assert.Equal(("holder-faiseurs", "Actions socio-culturelles", "Montreuil-sur-Mer"), (sent.HolderId, sent.Activity, sent.Town));
        Assert.Null(sent.ShareCapital);
    }

    [Fact]
    public void TheEnterprisesAreListedWithTheirFinancing()
    {
        Api.Answer("ListEnterprises", (ListEnterprisesRequest _) => new ListEnterprisesResponse { Enterprises = { Faiseurs() }, Page = new() });

        var screen = RenderScreen<EnterprisesList>();

        screen.WaitForAssertion(() => Assert.Contains("La Maison des Faiseurs", screen.Markup, StringComparison.Ordinal));
        var row = screen.FindAll("tr").Single(line => line.TextContent.Contains("Faiseurs", StringComparison.Ordinal)).TextContent;
        Assert.Contains("Association", row, StringComparison.Ordinal);
        Assert.Contains("1 500,00 €", row, StringComparison.Ordinal);
        Assert.Contains("6 000,00 €", row, StringComparison.Ordinal);
        Assert.Contains("Enregistrer une entreprise", screen.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<EnterprisePage> OpenFaiseurs() => RenderScreen<EnterprisePage>(parameters => parameters.Add(page => page.EnterpriseId, MaisonDesFaiseurs));

    private static Enterprise Faiseurs() => new()
    {
        EnterpriseId = MaisonDesFaiseurs,
        Name = "La Maison des Faiseurs",
        Rna = "W623004567",
        LegalForm = LegalForm.Association,
        LegalCategory = "9220",
        Activity = "Actions socio-culturelles",
        Town = "Montreuil-sur-Mer",
        CommuneCode = "62588",
        Department = "62",
        Stage = EnterpriseStage.Development,
        HolderId = "holder-faiseurs",
        CoFinancing =
        {
            new CoFinancing { PartnerId = PasDeCalaisActif, PartnerName = "Pas-de-Calais Actif", Amount = new() { Cents = 450000 }, Instrument = Instrument.Loan, On = "2024-04-20" },
        },
        TotalFinancing = new() { Cents = 600000 },
        ClubsFinancing = new() { Cents = 150000 },
        Leverage = 4,
    };
}
