using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>A project holder as their events made them; <see cref="Registration"/> is null until registered.</summary>
public sealed record ProjectHolderState : IEventSourced<ProjectHolderState, ProjectHolderEvent>
{
    public static ProjectHolderState Initial { get; } = new();

    public ProjectHolderRegistered? Registration { get; init; }

    /// <summary>Every step, the welcome first, in order.</summary>
    public ImmutableList<PipelineStep> Steps { get; init; } = [];

    /// <summary>The project's sharing with the partners; null until first shared.</summary>
    public ProjectSharing? Sharing { get; init; }

    public bool Exists => Registration is not null;

    public PipelineStage Stage => Steps.IsEmpty ? PipelineStage.Welcomed : Steps[^1].Stage;

    public ProjectHolderState Apply(ProjectHolderEvent @event) => @event switch
    {
        ProjectHolderRegistered registered => this with
        {
            Registration = registered,
            Steps = [new PipelineStep(PipelineStage.Welcomed, registered.WelcomeDay, registered.Origin ?? Origin.Unknown, Referrer(registered), string.Empty)],
        },
        StageReached reached => this with { Steps = Steps.Add(new PipelineStep(reached.Stage, reached.On, reached.Origin, reached.ClubIds, string.Empty)) },
        ProjectHolderDropped dropped => this with { Steps = Steps.Add(new PipelineStep(PipelineStage.Dropped, dropped.On, Origin.Unknown, [], dropped.Reason)) },
        // Shared again after a withdrawal, the partners' co-financings stand.
        ProjectShared shared => this with
        {
            Sharing = Sharing is null
                ? new ProjectSharing(shared.Summary, shared.AmountSought, shared.On, null)
                : Sharing with { Summary = shared.Summary, AmountSought = shared.AmountSought, SharedOn = shared.On, WithdrawnOn = null },
        },
        SharingUpdated updated => this with { Sharing = Sharing! with { Summary = updated.Summary, AmountSought = updated.AmountSought } },
        SharingWithdrawn withdrawn => this with { Sharing = Sharing! with { WithdrawnOn = withdrawn.On } },
        PartnerCoFinancingRecorded recorded => this with { Sharing = Sharing!.Record(recorded) },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not a project holder event"),
    };

    public ProjectHolderSnapshot? ToSnapshot() => Registration is { } r
        ? new ProjectHolderSnapshot(
            r.ProjectHolderId, r.ProjectName, r.Activity, r.Town, r.ReferringClubId, Stage, r.RegisteredAt, Steps, r.Department, r.Territory, r.ReferringPartnerId, r.PartnerName)
        : null;

    /// <summary>The project as the partners are shown it; null when it was never shared.</summary>
    public SharedProjectSnapshot? ToShared() => (Registration, Sharing) is ({ } r, { } sharing)
        ? new SharedProjectSnapshot(
            r.ProjectHolderId, r.ProjectName, r.Activity, r.Town, r.Department, Stage,
            sharing.Summary, sharing.AmountSought, sharing.SharedOn, sharing.WithdrawnOn, sharing.CoFinancings)
        : null;

    private static IReadOnlyList<string> Referrer(ProjectHolderRegistered registered) =>
        registered.ReferringClubId.Length > 0 ? [registered.ReferringClubId] : [];
}
