using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Web.Components.Pages.Porteurs;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static Cigales.Web.Tests.Porteurs.ThePipelineBoard;

namespace Cigales.Web.Tests.Porteurs;

public sealed class AProjectHoldersPage : ScreenTest
{
    private const string Ternois = "01a217baacdd7c96b33077ba7450c914";

    private ProjectHolder _holder = Holder(Ternois, "La Ressourcerie du Ternois", "62", Step(PipelineStage.Welcomed, "2025-03-02"));

    public AProjectHoldersPage()
    {
        Api.Answer("ListClubs", (ListClubsRequest _) => new ListClubsResponse { Page = new() });
        Api.Answer("GetProjectHolder", (GetProjectHolderRequest _) => _holder);
        Api.Refuse("GetSharedProject", Refusals.Of(StatusCode.NotFound, "project_holder_id", "shared_project.exists", "not shared"));
        Api.Answer("GetProjectHistory", (GetProjectHistoryRequest _) => new History
        {
            Entries =
            {
                new HistoryEntry { Kind = "ProjectHolderRegistered", Name = "Camille Durand", RecordedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 3, 2, 12, 0, 39, TimeSpan.Zero)) },
                new HistoryEntry
                {
                    Kind = "AccessRefused",
                    Subject = "cigales-partner",
                    RecordedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 3, 3, 8, 5, 0, TimeSpan.Zero)),
                    Data = new Struct { Fields = { ["method"] = Value.ForString("/cigales.finance.v1.FinanceService/GetSharedProject"), ["rule"] = Value.ForString("shared_project.exists"), ["status"] = Value.ForString("NotFound") } },
                },
            },
            Page = new(),
        });
    }

    [Fact]
    public void AdvancingSendsTheNextStageDatedToday()
    {
        Api.Answer("AdvanceProjectHolder", (AdvanceProjectHolderRequest request) =>
            _holder = Holder(Ternois, "La Ressourcerie du Ternois", "62", Step(PipelineStage.Welcomed, "2025-03-02"), Step(request.Stage, request.On)));
        var screen = RenderScreen<ProjectHolderPage>(parameters => parameters.Add(page => page.HolderId, Ternois));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Faire avancer le porteur")));

        screen.Click("Faire avancer le porteur");

        screen.WaitForAssertion(() => Assert.Equal("Orienté", screen.Find("[data-testid=etape]").TextContent.Trim()));
        var sent = Assert.Single(Api.SentTo<AdvanceProjectHolderRequest>("AdvanceProjectHolder"));
        Assert.Equal((Ternois, PipelineStage.Oriented, "2025-06-16"), (sent.ProjectHolderId, sent.Stage, sent.On));
        Assert.Empty(sent.ClubIds);
    }

    [Fact]
    public void ARefusedStepShowsTheRuleBesideItsField()
    {
        Api.Refuse("AdvanceProjectHolder", Refusals.Invalid("on", "date.not_future", "on 2025-06-17 is in the future"));
        var screen = RenderScreen<ProjectHolderPage>(parameters => parameters.Add(page => page.HolderId, Ternois));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Faire avancer le porteur")));

        screen.Click("Faire avancer le porteur");

        screen.WaitForAssertion(() => Assert.Equal("Cette date ne peut pas être dans le futur.", screen.Beneath("Date de l'étape")));
        // The drop form, which has a date too, keeps its own: the refusal was not its.
        Assert.NotEqual("Cette date ne peut pas être dans le futur.", screen.Beneath("Date de l'abandon"));
        Assert.Equal("Accueilli", screen.Find("[data-testid=etape]").TextContent.Trim());
    }

    [Fact]
    public void SharingSendsTheAmountSoughtTypedInEuros()
    {
        Api.Answer("ShareProject", (ShareProjectRequest request) => new SharedProject
        {
            ProjectHolderId = request.ProjectHolderId,
            ProjectName = "La Ressourcerie du Ternois",
            Summary = request.Summary,
            AmountSought = request.AmountSought,
            SharedOn = request.On,
        });
        var screen = RenderScreen<ProjectHolderPage>(parameters => parameters.Add(page => page.HolderId, Ternois));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Partager le projet")));

        screen.Fill("Présentation pour les partenaires", "Ressourcerie associative : 4 emplois en insertion à créer.");
        screen.Fill("Montant recherché", "45 000");
        screen.Click("Partager le projet");

        screen.WaitForAssertion(() => Assert.Contains("Partagé depuis le 16/06/2025, pour 45 000,00 € recherchés", screen.Markup.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal));
        var sent = Assert.Single(Api.SentTo<ShareProjectRequest>("ShareProject"));
        Assert.Equal((4_500_000L, "2025-06-16"), (sent.AmountSought.Cents, sent.On));
        Assert.True(screen.Offers("Retirer le partage"));
    }

    [Fact]
    public void TheHistorySaysWhoDidWhatInFrench()
    {
        var screen = RenderScreen<ProjectHolderPage>(parameters => parameters.Add(page => page.HolderId, Ternois));

        screen.WaitForAssertion(() => Assert.Contains("Historique", screen.Markup, StringComparison.Ordinal));
        var history = screen.Find("[aria-label='Historique du projet']").TextContent;
        // 12:00 UTC is 13:00 in France in winter: the association reads its own clock.
        Assert.Contains("02/03/2025 13:00", history, StringComparison.Ordinal);
        Assert.Contains("Porteur de projet enregistré", history, StringComparison.Ordinal);
        Assert.Contains("Camille Durand", history, StringComparison.Ordinal);
        Assert.Contains("Accès refusé", history, StringComparison.Ordinal);
        Assert.Contains("GetSharedProject", history, StringComparison.Ordinal);
    }

    [Fact]
    public void AHolderWhoLeftThePipelineIsMovedNoFurther()
    {
        _holder = Holder(Ternois, "La Ressourcerie du Ternois", "62", Step(PipelineStage.Welcomed, "2025-03-02"), Step(PipelineStage.Dropped, "2025-04-01"));
        _holder.Steps[^1].Reason = "Projet abandonné par sa porteuse";
        var screen = RenderScreen<ProjectHolderPage>(parameters => parameters.Add(page => page.HolderId, Ternois));

        screen.WaitForAssertion(() => Assert.Contains("Projet abandonné par sa porteuse", screen.Markup, StringComparison.Ordinal));
        Assert.False(screen.Offers("Faire avancer le porteur"));
        Assert.False(screen.Offers("Enregistrer l'abandon"));
        Assert.False(screen.Offers("Partager le projet"));
    }
}
