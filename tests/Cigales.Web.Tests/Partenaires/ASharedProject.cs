using Bunit;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Security;
using Cigales.Web.Components.Pages.Partenaires;
using Cigales.Web.Components.Shared;
using Grpc.Core;

namespace Cigales.Web.Tests.Partenaires;

public sealed class ASharedProject : ScreenTest
{
    private const string Ternois = "01a217baacdd7c96b33077ba7450c914";

    public ASharedProject()
    {
        SignedInAs("Sophie Lambert", new Membership(Roles.Partner, PasDeCalaisActif));
        Api.Answer("GetSharedProject", (GetSharedProjectRequest request) => Shared(request.ProjectHolderId));
        Api.Refuse("GetPartnerCoFinancing", Refusals.Of(StatusCode.NotFound, "partner_id", "co_financing.exists", "none"));
        // Its name as it gave it on another project: the token names the partner by its id only.
        Api.Answer("ListSharedProjects", (ListSharedProjectsRequest _) => new ListSharedProjectsResponse
        {
            SharedProjects =
            {
                new SharedProject
                {
                    ProjectHolderId = "littoral-bio",
                    CoFinancings = { new PartnerCoFinancing { PartnerId = PasDeCalaisActif, PartnerName = "Pas-de-Calais Actif", Amount = new Money { Cents = 100_000 } } },
                },
            },
            Page = new(),
        });
    }

    [Fact]
    public void ACoFinancingSendsTheCentsTypedInEuros()
    {
        Api.Answer("RecordPartnerCoFinancing", (RecordPartnerCoFinancingRequest request) => Shared(request.ProjectHolderId));
        var screen = RenderScreen<SharedProjectPage>(parameters => parameters.Add(page => page.ProjectHolderId, Ternois));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Enregistrer le cofinancement")));

        screen.Fill("Montant", "5 000,50");
        screen.Click("Enregistrer le cofinancement");

        screen.WaitForAssertion(() => Assert.Single(Api.SentTo<RecordPartnerCoFinancingRequest>("RecordPartnerCoFinancing")));
        var sent = Api.SentTo<RecordPartnerCoFinancingRequest>("RecordPartnerCoFinancing").Single();
        Assert.Equal(500_050L, sent.Amount.Cents);
        Assert.Equal((Ternois, PasDeCalaisActif, "Pas-de-Calais Actif"), (sent.ProjectHolderId, sent.PartnerId, sent.PartnerName));
        Assert.Equal((Instrument.Loan, CoFinancingStatus.Proposed, "2025-06-16"), (sent.Instrument, sent.Status, sent.On));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
    }

    [Fact]
    public void ARetryAfterARefusalReusesTheKeyAndTheRuleShowsBesideTheAmount()
    {
        Api.Refuse("RecordPartnerCoFinancing", Refusals.Invalid("amount", "money.positive", "amount must be more than zero cents"));
        var screen = RenderScreen<SharedProjectPage>(parameters => parameters.Add(page => page.ProjectHolderId, Ternois));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Enregistrer le cofinancement")));

        screen.Fill("Montant", "0");
        screen.Click("Enregistrer le cofinancement");
        screen.WaitForAssertion(() => Assert.Equal("Le montant doit être supérieur à zéro.", screen.Beneath("Montant")));

        Api.Answer("RecordPartnerCoFinancing", (RecordPartnerCoFinancingRequest request) => Shared(request.ProjectHolderId, request));
        screen.Fill("Montant", "5000");
        screen.Click("Enregistrer le cofinancement");
        screen.WaitForAssertion(() => Assert.Equal(2, Api.SentTo<RecordPartnerCoFinancingRequest>("RecordPartnerCoFinancing").Count()));

        var (refused, retried) = (Api.SentTo<RecordPartnerCoFinancingRequest>("RecordPartnerCoFinancing").First(), Api.SentTo<RecordPartnerCoFinancingRequest>("RecordPartnerCoFinancing").Last());
        Assert.Equal(refused.RequestId, retried.RequestId);
        Assert.Equal((0L, 500_000L), (refused.Amount.Cents, retried.Amount.Cents));
        Assert.NotEqual("Le montant doit être supérieur à zéro.", screen.Beneath("Montant"));

        // Once recorded, the next record is a new one: a new key.
        screen.Click("Enregistrer le cofinancement");
        screen.WaitForAssertion(() => Assert.Equal(3, Api.SentTo<RecordPartnerCoFinancingRequest>("RecordPartnerCoFinancing").Count()));
        Assert.NotEqual(retried.RequestId, Api.SentTo<RecordPartnerCoFinancingRequest>("RecordPartnerCoFinancing").Last().RequestId);
    }

    [Fact]
    public void AnAmountThatIsNotEurosIsNotSent()
    {
        var screen = RenderScreen<SharedProjectPage>(parameters => parameters.Add(page => page.ProjectHolderId, Ternois));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Enregistrer le cofinancement")));

        screen.Fill("Montant", "cinq mille");
        screen.Click("Enregistrer le cofinancement");

        screen.WaitForAssertion(() => Assert.Equal(EurosField.UnreadableText, screen.Beneath("Montant")));
        Assert.Empty(Api.SentTo<RecordPartnerCoFinancingRequest>("RecordPartnerCoFinancing"));
    }

    [Fact]
    public void APartnerSeesItsOwnCoFinancingAndIsNotOfferedTheStaffActions()
    {
        Api.Answer("GetPartnerCoFinancing", (GetPartnerCoFinancingRequest request) => new PartnerCoFinancing
        {
            PartnerId = request.PartnerId,
            PartnerName = "Pas-de-Calais Actif",
            Amount = new Money { Cents = 1_500_000 },
            Instrument = Instrument.Loan,
            Status = CoFinancingStatus.Committed,
            On = "2025-05-19",
        });
        var screen = RenderScreen<SharedProjectPage>(parameters => parameters.Add(page => page.ProjectHolderId, Ternois));

        screen.WaitForAssertion(() => Assert.Contains("Votre cofinancement", screen.Markup, StringComparison.Ordinal));
        var own = screen.Find("[aria-label='Votre cofinancement de ce projet']").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ');
        Assert.Contains("15 000,00 €", own, StringComparison.Ordinal);
        Assert.Contains("Engagé", own, StringComparison.Ordinal);
        Assert.Contains("19/05/2025", own, StringComparison.Ordinal);
        // The form starts from what it recorded; it asked only for its own.
        Assert.Equal("15 000", screen.Input("Montant").GetAttribute("value")?.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Equal([PasDeCalaisActif], Api.SentTo<GetPartnerCoFinancingRequest>("GetPartnerCoFinancing").Select(request => request.PartnerId));
        Assert.False(screen.Offers("Gérer le partage et le parcours"));
        Assert.False(screen.Offers("Retirer le partage"));
        Assert.False(screen.Offers("Modifier le partage"));
        Assert.Empty(Api.SentTo<GetProjectHolderRequest>("GetProjectHolder"));
    }

    [Fact]
    public void StaffSeeEveryPartnersCoFinancingAndManageTheSharingElsewhere()
    {
        SignedInAs("Camille Durand", new Membership(Roles.Staff, string.Empty));
        var screen = RenderScreen<SharedProjectPage>(parameters => parameters.Add(page => page.ProjectHolderId, Ternois));

        screen.WaitForAssertion(() => Assert.True(screen.Offers("Gérer le partage et le parcours")));
        var all = screen.Find("[aria-label='Les cofinancements des partenaires']").TextContent;
        Assert.Contains("France Active Hauts-de-France", all, StringComparison.Ordinal);
        Assert.False(screen.Offers("Enregistrer le cofinancement"));
        Assert.Empty(Api.SentTo<GetPartnerCoFinancingRequest>("GetPartnerCoFinancing"));
    }

    private static SharedProject Shared(string projectHolderId, RecordPartnerCoFinancingRequest? recorded = null)
    {
        var project = new SharedProject
        {
            ProjectHolderId = projectHolderId,
            ProjectName = "La Ressourcerie du Ternois",
            Activity = "Réemploi et réparation",
            Town = "Saint-Pol-sur-Ternoise",
            Department = "62",
            Stage = PipelineStage.Studied,
            Summary = "Ressourcerie associative : collecte, réparation et revente.",
            AmountSought = new Money { Cents = 4_500_000 },
            SharedOn = "2025-05-02",
            CoFinancings = { new PartnerCoFinancing { PartnerId = "france-active-hdf", PartnerName = "France Active Hauts-de-France", Amount = new Money { Cents = 2_000_000 }, Status = CoFinancingStatus.Proposed } },
        };
        if (recorded is not null)
        {
            project.CoFinancings.Add(new PartnerCoFinancing { PartnerId = recorded.PartnerId, PartnerName = recorded.PartnerName, Amount = recorded.Amount, Status = recorded.Status, On = recorded.On });
        }

        return project;
    }
}
