using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

public sealed class PipelineRules
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateOnly Welcomed = new(2024, 3, 4);
    private static readonly Origin FromBge = new(OriginKind.Partner, "bge-hdf");

    private static ProjectHolderState Holder() => ProjectHolderState.Initial.Apply(Assert.Single(ProjectHolderRules.Register(
        ProjectHolderState.Initial, "h", new RegisterProjectHolder("Uthopia", "Épicerie solidaire", "Frévent", "", Welcomed, FromBge), true, new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.Zero)).Events));

    private static Decision<ProjectHolderEvent> Advance(ProjectHolderState state, PipelineStage to, DateOnly on, params string[] clubs) =>
        ProjectHolderRules.Advance(state, new AdvanceProjectHolder(to, on, new Origin(OriginKind.Event, "ccf-2024-04-20"), clubs), [], Today);

    private static ProjectHolderState Then(ProjectHolderState state, Decision<ProjectHolderEvent> decision)
    {
        Assert.Null(decision.Refusal);
        return decision.Events.Aggregate(state, (current, @event) => current.Apply(@event));
    }

    [Fact]
    public void TheWelcomeIsTheFirstStepWithWhereTheHolderCameFrom()
    {
        var step = Assert.Single(Holder().Steps);

        Assert.Equal((PipelineStage.Welcomed, Welcomed, FromBge), (step.Stage, step.On, step.Origin));
    }

    [Fact]
    public void AHolderGoesForwardSkippingStepsIfNeedBeButNeverBack()
    {
        var pitched = Then(Holder(), Advance(Holder(), PipelineStage.Pitched, new DateOnly(2024, 4, 20)));

        Assert.Equal(PipelineStage.Pitched, pitched.Stage);
        Assert.Equal("pipeline.forward", Advance(pitched, PipelineStage.Oriented, new DateOnly(2024, 5, 1)).Refusal?.Rule);
        Assert.Equal("pipeline.in_order", Advance(pitched, PipelineStage.Studied, new DateOnly(2024, 4, 1), "canche").Refusal?.Rule);
    }

    [Fact]
    public void AStudiedProjectNamesTheClubsThatStudiedIt()
    {
        var refusal = Advance(Holder(), PipelineStage.Studied, new DateOnly(2024, 5, 1)).Refusal;
        var studied = Then(Holder(), Advance(Holder(), PipelineStage.Studied, new DateOnly(2024, 5, 1), "canche", "la-toupiole"));
        var unknown = ProjectHolderRules.Advance(Holder(), new AdvanceProjectHolder(PipelineStage.Studied, new DateOnly(2024, 5, 1), Origin.Unknown, ["ghost"]), ["ghost"], Today);

        Assert.Equal(("club_ids", "pipeline.studied_by"), (refusal?.Field, refusal?.Rule));
        Assert.Equal(["canche", "la-toupiole"], studied.Steps[^1].ClubIds);
        Assert.Equal((RefusalKind.NotFound, "club_ids"), (unknown.Refusal?.Kind, unknown.Refusal?.Field));
    }

    [Fact]
    public void ADroppedHolderHasAReasonAndNoFurtherStep()
    {
        var state = Holder();
        Assert.Equal("reason", ProjectHolderRules.Drop(state, new DropProjectHolder(new DateOnly(2024, 6, 1), " "), Today).Refusal?.Field);

        var dropped = Then(state, ProjectHolderRules.Drop(state, new DropProjectHolder(new DateOnly(2024, 6, 1), "found a bank loan"), Today));

        Assert.Equal((PipelineStage.Dropped, "found a bank loan"), (dropped.Stage, dropped.Steps[^1].Reason));
        Assert.Equal("pipeline.open", Advance(dropped, PipelineStage.Studied, new DateOnly(2024, 7, 1), "canche").Refusal?.Rule);
    }

    [Fact]
    public void WelcomedAndDroppedAreNotStepsForward()
    {
        Assert.Equal("pipeline.step", Advance(Holder(), PipelineStage.Dropped, new DateOnly(2024, 7, 1)).Refusal?.Rule);
    }

    [Fact]
    public void FiguresCountWhoReachedEachStepInThePeriodAndTheConversions()
    {
        // 4 welcomed in 2024 (one in 2023 does not count), 2 studied, 1 financed.
        IReadOnlyList<PipelineStep> Steps(params (PipelineStage Stage, string On)[] steps) =>
            steps.Select(step => new PipelineStep(step.Stage, DateOnly.Parse(step.On, System.Globalization.CultureInfo.InvariantCulture), Origin.Unknown, [], "")).ToList();
        var holders = new[]
        {
            Steps((PipelineStage.Welcomed, "2024-01-10"), (PipelineStage.Studied, "2024-03-01"), (PipelineStage.Financed, "2024-06-01")),
            Steps((PipelineStage.Welcomed, "2024-02-10"), (PipelineStage.Pitched, "2024-04-20"), (PipelineStage.Studied, "2024-05-01")),
            Steps((PipelineStage.Welcomed, "2024-05-10"), (PipelineStage.Dropped, "2024-06-01")),
            Steps((PipelineStage.Welcomed, "2024-11-10")),
            Steps((PipelineStage.Welcomed, "2023-11-10"), (PipelineStage.Financed, "2025-01-10")),
        };

        var figures = PipelineFigures.Compute(holders, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

        Assert.Equal((4, 2, 1), (figures.Welcomed, figures.Studied, figures.Financed));
        Assert.Equal(1, figures.Reached[PipelineStage.Dropped]);
        Assert.Equal(50.0m, figures.Conversions.Single(c => (c.From, c.To) == (PipelineStage.Studied, PipelineStage.Financed)).Percent);
        Assert.Equal(25.0m, figures.Conversions.Single(c => (c.From, c.To) == (PipelineStage.Welcomed, PipelineStage.Financed)).Percent);
        Assert.Null(figures.Conversions.Single(c => (c.From, c.To) == (PipelineStage.Followed, PipelineStage.Exited)).Percent);
    }
}
