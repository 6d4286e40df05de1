namespace Cigales.GrainInterfaces.Finance;

/// <summary>
/// What the Events service may ask of a project holder, keyed by the holder's id (the Finance
/// service's project-holder grain answers): to record that they pitched at an event.
/// </summary>
public interface IHolderPipeline : IGrainWithStringKey
{
    /// <summary>
    /// Moves the holder to "pitched" on the day, from the event. A holder already further on, out
    /// of the pipeline or unknown stays where they are, and the answer says why; a retry for the
    /// same event answers that they moved.
    /// </summary>
    Task<PitchOutcome> PitchedAtAsync(string eventId, DateOnly on);
}

/// <param name="Reason">Why the holder did not move; empty when they did.</param>
public sealed record PitchOutcome(bool Moved, string Reason);
