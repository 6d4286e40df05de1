using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Web.Components.Pages.Porteurs;

namespace Cigales.Web.Tests.Porteurs;

public sealed class ThePipelineBoard : ScreenTest
{
    private const string Canche = "01a21734d60678a4bc10d21f38c34bb3";

    public ThePipelineBoard()
    {
        Api.Answer("ListClubs", (ListClubsRequest _) => new ListClubsResponse
        {
            Clubs = { new Club { ClubId = Canche, Name = "Cigales de la Canche" } },
            Page = new(),
        });
        // As the service filters by department: the others are left out.
        Api.Answer("ListProjectHolders", (ListProjectHoldersRequest request) => new ListProjectHoldersResponse
        {
            ProjectHolders =
            {
                new[]
                {
                    Holder("ternois", "La Ressourcerie du Ternois", "62", Step(PipelineStage.Welcomed, "2025-03-02")),
                    Holder("faiseurs", "La Maison des Faiseurs", "62", Step(PipelineStage.Welcomed, "2024-01-08"), Step(PipelineStage.Studied, "2024-03-12", Canche)),
                    Holder("fournil", "Le Fournil de Lille", "59", Step(PipelineStage.Welcomed, "2025-01-15"), Step(PipelineStage.Dropped, "2025-02-20")),
                }.Where(holder => request.Department.Length == 0 || holder.Department == request.Department),
            },
            Page = new(),
        });
        Api.Answer("GetPipelineFigures", (GetPipelineFiguresRequest request) => new PipelineFigures
        {
            Period = request.Period,
            Welcomed = 3,
            Studied = 1,
            Financed = 0,
            Reached = { new StageCount { Stage = PipelineStage.Welcomed, Holders = 3 }, new StageCount { Stage = PipelineStage.Studied, Holders = 1 } },
            Conversions =
            {
                new Conversion { From = PipelineStage.Welcomed, To = PipelineStage.Studied, Percent = 100.0 / 3 },
                new Conversion { From = PipelineStage.Studied, To = PipelineStage.Financed, Percent = 0 },
                new Conversion { From = PipelineStage.Financed, To = PipelineStage.Followed },
            },
        });
    }

    [Fact]
    public void EachHolderStandsInTheColumnOfTheirStageNamedInFrench()
    {
        var screen = RenderScreen<PipelineBoard>();

        screen.WaitForAssertion(() => Assert.Contains("La Maison des Faiseurs", screen.Markup, StringComparison.Ordinal));
        var columns = screen.FindAll("[role=region]").Select(column => column.GetAttribute("aria-label")).ToList();
        Assert.Equal(["Accueilli", "Orienté", "Présenté aux clubs", "Étudié", "Financé", "Suivi", "Sorti", "Abandonné"], columns);
        var studied = screen.Find("[aria-label='Étudié']").TextContent;
        Assert.Contains("La Maison des Faiseurs", studied, StringComparison.Ordinal);
        Assert.Contains("Cigales de la Canche", studied, StringComparison.Ordinal);
        Assert.Contains("Depuis le 12/03/2024", studied, StringComparison.Ordinal);
        Assert.DoesNotContain("Ressourcerie", studied, StringComparison.Ordinal);
        Assert.Contains("La Ressourcerie du Ternois", screen.Find("[aria-label='Accueilli']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Le Fournil de Lille", screen.Find("[aria-label='Abandonné']").TextContent, StringComparison.Ordinal);
        Assert.Equal("/porteurs/faiseurs", screen.Find("[aria-label='Étudié'] a").GetAttribute("href"));
    }

    [Fact]
    public void TheFiguresAreTheYearSoFarWithTheRateFromOneStepToTheNext()
    {
        var screen = RenderScreen<PipelineBoard>();

        screen.WaitForAssertion(() => Assert.Contains("Chiffres du parcours", screen.Markup, StringComparison.Ordinal));
        var asked = Assert.Single(Api.SentTo<GetPipelineFiguresRequest>("GetPipelineFigures"));
        Assert.Equal(("2025-01-01", "2025-06-16"), (asked.Period.Start, asked.Period.End));
        var conversions = screen.Find("[aria-label='Passage d\\'une étape à la suivante']").TextContent;
        Assert.Contains("33,3 %", conversions, StringComparison.Ordinal);
        Assert.Contains("0 %", conversions, StringComparison.Ordinal);
        // No holder reached "financed": no rate, rather than a made-up zero.
        Assert.Contains("—", conversions, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDepartmentFilterKeepsOnlyThatDepartmentsHolders()
    {
        var screen = RenderScreen<PipelineBoard>();
        screen.WaitForAssertion(() => Assert.Contains("Le Fournil de Lille", screen.Markup, StringComparison.Ordinal));

        screen.Fill("Département", "59");

        screen.WaitForAssertion(() => Assert.DoesNotContain("La Maison des Faiseurs", screen.Markup, StringComparison.Ordinal));
        Assert.Contains("Le Fournil de Lille", screen.Markup, StringComparison.Ordinal);
        // The service filters: the list was asked for again, for that department.
        Assert.Equal(["", "59"], Api.SentTo<ListProjectHoldersRequest>("ListProjectHolders").Select(request => request.Department));
    }

    [Fact]
    public void AnUnknownDepartmentShowsTheRuleBesideTheFilter()
    {
        var screen = RenderScreen<PipelineBoard>();
        screen.WaitForAssertion(() => Assert.Contains("Le Fournil de Lille", screen.Markup, StringComparison.Ordinal));
        Api.Refuse("ListProjectHolders", Refusals.Invalid("department", "string.pattern", "department does not match the pattern"));

        screen.Fill("Département", "99");

        screen.WaitForAssertion(() => Assert.Equal("Cette valeur n'a pas la forme attendue.", screen.Beneath("Département")));
        Assert.Contains("Le Fournil de Lille", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffAreOfferedToRegisterAHolder()
    {
        var screen = RenderScreen<PipelineBoard>();

        screen.WaitForAssertion(() => Assert.True(screen.Offers("Enregistrer un porteur de projet")));
    }

    internal static ProjectHolder Holder(string id, string name, string department, params PipelineStep[] steps) => new()
    {
        ProjectHolderId = id,
        ProjectName = name,
        Activity = "Économie sociale et solidaire",
        Town = "Arras",
        Department = department,
        Stage = steps[^1].Stage,
        Steps = { steps },
    };

    internal static PipelineStep Step(PipelineStage stage, string on, params string[] clubIds) => new()
    {
        Stage = stage,
        On = on,
        Origin = new Origin(),
        ClubIds = { clubIds },
    };
}
