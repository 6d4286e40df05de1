using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

public sealed class ProjectHolderRegistrationRules
{
    private static readonly DateTimeOffset Now = new(2024, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly RegisterProjectHolder Uthopia = new("Uthopia", "Épicerie solidaire", "Frévent", "");

    [Fact]
    public void ANewHolderIsWelcomed()
    {
        var decision = ProjectHolderRules.Register(ProjectHolderState.Initial, "h", Uthopia, referringClubExists: true, Now);

        var state = ProjectHolderState.Initial.Apply(Assert.Single(decision.Events));
        Assert.Equal(PipelineStage.Welcomed, state.ToSnapshot()!.Stage);
        Assert.Equal("Uthopia", state.ToSnapshot()!.ProjectName);
    }

    [Fact]
    public void AReferringClubThatDoesNotExistIsNotFoundNamingTheField()
    {
        var decision = ProjectHolderRules.Register(
            ProjectHolderState.Initial, "h", Uthopia with { ReferringClubId = "ghost" }, referringClubExists: false, Now);

        Assert.Equal(
            (RefusalKind.NotFound, "referring_club_id", "club.exists"),
            (decision.Refusal?.Kind, decision.Refusal?.Field, decision.Refusal?.Rule));
        Assert.Empty(decision.Events);
    }

    [Theory]
    [InlineData("project_name")]
    [InlineData("activity")]
    [InlineData("town")]
    public void BlankDetailsAreRefusedNamingTheField(string field)
    {
        var command = field switch
        {
            "project_name" => Uthopia with { ProjectName = " " },
            "activity" => Uthopia with { Activity = "" },
            _ => Uthopia with { Town = "\t" },
        };

        Assert.Equal(field, ProjectHolderRules.Register(ProjectHolderState.Initial, "h", command, true, Now).Refusal?.Field);
    }
}
