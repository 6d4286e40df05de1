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

    private HolderContact _contact = new()
    {
        ProjectHolderId = Ternois,
        Details = new ContactDetails { FullName = "Léa Martin", Email = "lea@example.org" },
    };

    public AProjectHoldersPage()
    {
        Api.Answer("ListClubs", (ListClubsRequest _) => new ListClubsResponse { Page = new() });
        Api.Answer("GetProjectHolder", (GetProjectHolderRequest _) => _holder);
        Api.Answer("GetHolderContact", (GetHolderContactRequest request) => _contact);
        Api.Answer("GetSuggestedClub", (GetSuggestedClubRequest request) => new SuggestedClub
        {
            ProjectHolderId = request.ProjectHolderId, ClubId = "c1", ClubName = "Cigales du Ternois", Basis = SuggestionBasis.Commune,
        });
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

    [Fact]
    public void TheSuggestedClubAndTheContactDetailsAreShown()
    {
        var screen = RenderScreen<ProjectHolderPage>(parameters => parameters.Add(page => page.HolderId, Ternois));

        screen.WaitForAssertion(() => Assert.Equal("Cigales du Ternois, club de sa commune", screen.Find("[data-testid=club-suggere]").TextContent.Trim()));
        Assert.Equal("Léa Martin", screen.Input("Nom du porteur").GetAttribute("value"));
    }

    [Fact]
    public void AnExchangeIsNotedDatedTodayAndShownInTheLog()
    {
        Api.Answer("LogHolderExchange", (LogHolderExchangeRequest request) => _contact = new HolderContact(_contact)
        {
            Exchanges = { new HolderExchange { ExchangeId = request.RequestId, On = request.On, Kind = request.Kind, Summary = request.Summary, RecordedBy = "Camille Durand" } },
        });
        var screen = RenderScreen<ProjectHolderPage>(parameters => parameters.Add(page => page.HolderId, Ternois));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Noter l'échange")));

        screen.Fill("Ce qui a été dit ou fait", "Appel : besoin de 20 000 €");
        screen.Click("Noter l'échange");

        screen.WaitForAssertion(() => Assert.Contains("Appel : besoin de 20 000 €</td>", screen.Markup));
        var sent = Assert.Single(Api.SentTo<LogHolderExchangeRequest>("LogHolderExchange"));
        Assert.Equal((Ternois, ExchangeKind.Call, "2025-06-16"), (sent.ProjectHolderId, sent.Kind, sent.On));
        Assert.True(Guid.TryParse(sent.RequestId, out _));
    }

    [Fact]
    public void ErasingTheContactLeavesOnlyTheDayItWasErased()
    {
        Api.Answer("EraseHolderContact", (EraseHolderContactRequest request) => _contact = new HolderContact { ProjectHolderId = request.ProjectHolderId, ErasedOn = "2025-06-16" });
        var screen = RenderScreen<ProjectHolderPage>(parameters => parameters.Add(page => page.HolderId, Ternois));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Effacer les coordonnées")));

        screen.Click("Effacer les coordonnées");

        screen.WaitForAssertion(() => Assert.Equal("Coordonnées effacées le 16/06/2025, à la demande du porteur.", screen.Find("[data-testid=coordonnees]").TextContent.Trim()));
        Assert.DoesNotContain("Léa Martin", screen.Markup);
    }

    [Fact]
    public void AnExchangeWithoutSummaryShowsTheRuleBesideIt()
    {
        Api.Refuse("LogHolderExchange", Refusals.Invalid("summary", "exchange.summary_required", "an exchange says what was said or done"));
        var screen = RenderScreen<ProjectHolderPage>(parameters => parameters.Add(page => page.HolderId, Ternois));
        screen.WaitForAssertion(() => Assert.True(screen.Offers("Noter l'échange")));

        screen.Click("Noter l'échange");

        screen.WaitForAssertion(() => Assert.Equal("Un échange dit ce qui a été dit ou fait.", screen.Beneath("Ce qui a été dit ou fait")));
    }
}
