using Cigales.SharedKernel;

namespace Cigales.Events.Domain;

/// <summary>What kind of work, outside events, the time went to.</summary>
public enum OutsideWorkKind
{
    Newsletter,
    PartnerMeeting,
    /// <summary>The administrative follow-up of the financed enterprises.</summary>
    EnterpriseFollowUp,
    Administration,
    Other,
}

/// <summary>Time spent on work that is no event, done on a day (<paramref name="Start"/> = <paramref name="End"/>) or over a period.</summary>
/// <param name="Description">What it was, e.g. "lettre d'information de mars".</param>
public sealed record RecordOutsideWork(
    OutsideWorkKind Kind,
    string Description,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<TimeEntry> Entries);

/// <summary>
/// What happened to a record of outside work, as stored in its stream. The type names are part of
/// the stored data: rename one only with an upcaster.
/// </summary>
public abstract record OutsideWorkHappening;

/// <param name="Details">As recorded, normalised: trimmed.</param>
public sealed record OutsideWorkRecorded(string WorkId, RecordOutsideWork Details, DateTimeOffset RecordedAt) : OutsideWorkHappening;

public sealed record OutsideWorkSnapshot(
    string WorkId,
    OutsideWorkKind Kind,
    string Description,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<TimeEntry> Entries,
    DateTimeOffset RecordedAt);

/// <summary>A record of outside work as its history made it; <see cref="Recording"/> is null until it is recorded.</summary>
public sealed record OutsideWorkState : IEventSourced<OutsideWorkState, OutsideWorkHappening>
{
    public static OutsideWorkState Initial { get; } = new();

    public OutsideWorkRecorded? Recording { get; init; }

    public OutsideWorkState Apply(OutsideWorkHappening happening) => happening switch
    {
        OutsideWorkRecorded recorded => this with { Recording = recorded },
        _ => throw new ArgumentOutOfRangeException(nameof(happening), happening.GetType().Name, "not a happening of outside work"),
    };

    public OutsideWorkSnapshot? ToSnapshot() => Recording is not { } r
        ? null
        : new OutsideWorkSnapshot(r.WorkId, r.Details.Kind, r.Details.Description, r.Details.Start, r.Details.End, r.Details.Entries, r.RecordedAt);
}
