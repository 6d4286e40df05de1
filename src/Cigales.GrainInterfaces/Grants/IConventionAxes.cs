namespace Cigales.GrainInterfaces.Grants;

/// <summary>
/// What the Events service may ask of a convention, keyed by the convention's id (the Grants
/// service's convention grain answers): the numbers of its action axes, to which an event or
/// time spent is attributed, and its period, in which outside work must lie.
/// </summary>
public interface IConventionAxes : IGrainWithStringKey
{
    /// <summary>The numbers of the convention's axes; empty when no convention has this id.</summary>
    Task<IReadOnlyList<int>> AxisNumbersAsync();

    /// <summary>The period the convention covers; null when no convention has this id.</summary>
    Task<ConventionPeriod?> PeriodAsync();
}

/// <summary>The first and last day a convention covers.</summary>
public sealed record ConventionPeriod(DateOnly Start, DateOnly End)
{
    public bool Holds(DateOnly from, DateOnly to) => Start <= from && to <= End;
}

/// <summary>One of a convention's action axes, to which an event or time spent is attributed.</summary>
public sealed record ConventionAxis(string ConventionId, int Axis);
