using Cigales.Finance.Domain;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.GrainInterfaces.Finance;
using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.Finance.Grains;

public sealed class ProjectHolderGrain(IDocumentStore store, TimeProvider clock, ILogger<ProjectHolderGrain> logger)
    : EventSourcedGrain<ProjectHolderState, ProjectHolderEvent>(store, logger), IProjectHolderGrain, IHolderPipeline
{
    public async Task<ProjectHolderSnapshot> RegisterAsync(RegisterProjectHolder command)
    {
        // The club lives in the Clubs service: ask its grain, wherever in the cluster it runs.
        var clubId = command.ReferringClubId.Trim();
        var clubExists = clubId.Length == 0 || (await UnknownClubsAsync([clubId])).Count == 0;

        await CommitAsync(ProjectHolderRules.Register(State, StreamId, command, clubExists, clock.GetUtcNow()));
        return State.ToSnapshot()!;
    }

    public Task<ProjectHolderSnapshot?> GetAsync() => AnswerReadAsync(State.ToSnapshot());

    public async Task<PitchOutcome> PitchedAtAsync(string eventId, DateOnly on)
    {
        var origin = new Origin(OriginKind.Event, eventId);
        if (State.Steps.Any(step => step.Stage == PipelineStage.Pitched && step.Origin == origin))
        {
            // A retry after a failure between this answer and the event's store: the move it asked for.
            return new PitchOutcome(true, string.Empty);
        }

        try
        {
            await AdvanceAsync(new AdvanceProjectHolder(PipelineStage.Pitched, on, origin, []));
            return new PitchOutcome(true, string.Empty);
        }
        catch (RefusedException refused) when (refused.Kind != RefusalKind.Aborted)
        {
            return new PitchOutcome(false, refused.Message);
        }
    }

    public async Task<ProjectHolderSnapshot> AdvanceAsync(AdvanceProjectHolder command)
    {
        var unknown = await UnknownClubsAsync(command.ClubIds);
        await CommitSharedAsync(ProjectHolderRules.Advance(State, command, unknown, clock.Today()), SharingChange.Updated);
        return State.ToSnapshot()!;
    }

    public async Task<ProjectHolderSnapshot> DropAsync(DropProjectHolder command)
    {
        await CommitSharedAsync(ProjectHolderRules.Drop(State, command, clock.Today()), SharingChange.Updated);
        return State.ToSnapshot()!;
    }

    public async Task<SharedProjectSnapshot> ShareAsync(ShareProject command)
    {
        await CommitSharedAsync(SharingRules.Share(State, command, clock.Today()), SharingChange.Shared);
        return State.ToShared()!;
    }

    public async Task<SharedProjectSnapshot> UpdateSharingAsync(UpdateSharing command)
    {
        await CommitSharedAsync(SharingRules.Update(State, command), SharingChange.Updated);
        return State.ToShared()!;
    }

    public async Task<SharedProjectSnapshot> WithdrawSharingAsync(WithdrawSharing command)
    {
        await CommitSharedAsync(SharingRules.Withdraw(State, command, clock.Today()), SharingChange.Withdrawn);
        return State.ToShared()!;
    }

    public async Task<SharedProjectSnapshot> RecordPartnerCoFinancingAsync(RecordPartnerCoFinancing command)
    {
        await CommitSharedAsync(SharingRules.RecordCoFinancing(State, command, clock.Today()), SharingChange.CoFinancingRecorded, command.PartnerId);
        return State.ToShared()!;
    }

    public Task<SharedProjectSnapshot?> GetSharedAsync() => AnswerReadAsync(State.ToShared());

    /// <summary>
    /// Stores the decision and, when the project is shared (or this change withdraws it), the
    /// partners' feed entry in the same transaction: the feed never misses an acknowledged change.
    /// </summary>
    private Task CommitSharedAsync(Decision<ProjectHolderEvent> decision, SharingChange change, string partnerId = "")
    {
        var after = decision.IsRefused ? null : decision.Events.Aggregate(State, (state, @event) => state.Apply(@event)).ToShared();
        var feedsPartners = after is not null && decision.Events.Count > 0 && (!after.IsWithdrawn || change == SharingChange.Withdrawn);
        return CommitAsync(decision, feedsPartners
            ? session => session.Events.Append(SharingFeed.StreamId, new SharedProjectChanged(change, partnerId, after!))
            : null);
    }

    private async Task<IReadOnlyCollection<string>> UnknownClubsAsync(IReadOnlyCollection<string> clubIds)
    {
        var known = clubIds.Count == 0 ? new Dictionary<string, string>() : await GrainFactory.GetGrain<IClubDirectory>(0).NamesAsync(clubIds);
        return clubIds.Where(id => !known.ContainsKey(id)).Distinct().ToList();
    }
}
