namespace Cigales.Finance.Domain;

/// <summary>
/// How the pipeline did over a period: how many holders reached each step in it, and the
/// conversion from each step to the next (DOMAIN.md, region 2024: 77 welcomed, 27 studied, 21
/// financed). A holder who skipped a step is not counted at it.
/// </summary>
public sealed record PipelineFigures(
    DateOnly From,
    DateOnly To,
    IReadOnlyDictionary<PipelineStage, int> Reached,
    IReadOnlyList<PipelineFigures.Conversion> Conversions)
{
    /// <summary>The steps in pipeline order, the ones conversions go along.</summary>
    public static readonly PipelineStage[] Sequence =
    [
        PipelineStage.Welcomed, PipelineStage.Oriented, PipelineStage.Pitched, PipelineStage.Studied,
        PipelineStage.Financed, PipelineStage.Followed, PipelineStage.Exited,
    ];

    public int Welcomed => Reached[PipelineStage.Welcomed];

    public int Studied => Reached[PipelineStage.Studied];

    public int Financed => Reached[PipelineStage.Financed];

    public static PipelineFigures Compute(IEnumerable<IReadOnlyList<PipelineStep>> holders, DateOnly from, DateOnly to)
    {
        var reached = Enum.GetValues<PipelineStage>().ToDictionary(stage => stage, _ => 0);
        foreach (var steps in holders)
        {
            foreach (var stage in steps.Where(step => step.On >= from && step.On <= to).Select(step => step.Stage).Distinct())
            {
                reached[stage]++;
            }
        }

        var conversions = Sequence.Zip(Sequence.Skip(1), (fromStage, toStage) => new Conversion(
                fromStage,
                toStage,
                reached[fromStage] == 0 ? null : Math.Round(100m * reached[toStage] / reached[fromStage], 1, MidpointRounding.AwayFromZero)))
            .Append(new Conversion(
                PipelineStage.Welcomed,
                PipelineStage.Financed,
                reached[PipelineStage.Welcomed] == 0 ? null : Math.Round(100m * reached[PipelineStage.Financed] / reached[PipelineStage.Welcomed], 1, MidpointRounding.AwayFromZero)))
            .ToList();
        return new PipelineFigures(from, to, reached, conversions);
    }

    /// <param name="Percent">Reached <see cref="To"/> per hundred that reached <see cref="From"/> in the period; null when none did.</param>
    public sealed record Conversion(PipelineStage From, PipelineStage To, decimal? Percent);
}
