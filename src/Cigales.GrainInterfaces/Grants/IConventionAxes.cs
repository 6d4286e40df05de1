namespace Cigales.GrainInterfaces.Grants;

/// <summary>
/// What the Events service may ask of a convention, keyed by the convention's id (the Grants
/// service's convention grain answers): the numbers of its action axes, to which an event or
/// time spent is attributed.
/// </summary>
public interface IConventionAxes : IGrainWithStringKey
{
    /// <summary>The numbers of the convention's axes; empty when no convention has this id.</summary>
    Task<IReadOnlyList<int>> AxisNumbersAsync();
}

/// <summary>One of a convention's action axes, to which an event or time spent is attributed.</summary>
public sealed record ConventionAxis(string ConventionId, int Axis);
