using Cigales.Contracts.Finance.V1;
using Cigales.Finance.Access;
using Cigales.Finance.Domain;
using Cigales.Finance.Partners;
using Cigales.GrainInterfaces;
using Cigales.Security;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Grpc.Core;
using static Cigales.Finance.Api.FinanceEnums;
using PartnerCoFinancing = Cigales.Contracts.Finance.V1.PartnerCoFinancing;

namespace Cigales.Finance.Api;

/// <summary>
/// The projects shared with the partners: staff share them; partners list them, record their own
/// co-financings, and follow the changes by polling or by subscription. A partner is shown its own
/// co-financing only (FinanceAccess has already checked that what it asks for is its own).
/// </summary>
public sealed partial class FinanceApi
{
    public override async Task<SharedProject> ShareProject(ShareProjectRequest request, ServerCallContext context) =>
        (await Holder(request.ProjectHolderId).ShareAsync(new ShareProject(
            request.Summary, request.AmountSought.ToDomain(), RequestValues.Date("on", request.On)))).ToContract();

    public override async Task<SharedProject> UpdateSharedProject(UpdateSharedProjectRequest request, ServerCallContext context) =>
        (await Holder(request.ProjectHolderId).UpdateSharingAsync(new UpdateSharing(request.Summary, request.AmountSought.ToDomain()))).ToContract();

    public override async Task<SharedProject> WithdrawSharedProject(WithdrawSharedProjectRequest request, ServerCallContext context) =>
        (await Holder(request.ProjectHolderId).WithdrawSharingAsync(new WithdrawSharing(RequestValues.Date("on", request.On), request.Reason))).ToContract();

    public override async Task<ListSharedProjectsResponse> ListSharedProjects(ListSharedProjectsRequest request, ServerCallContext context)
    {
        var caller = context.CallerOf();
        var shared = SharingFeed.Current((await feed.ReadAfterAsync(0, context.CancellationToken)).Select(entry => entry.Change));
        var page = KeysetPaging.Page(shared, project => $"{project.ProjectName.ToLowerInvariant()}\u001f{project.ProjectHolderId}", request.Page);
        return new ListSharedProjectsResponse
        {
            SharedProjects = { page.Items.Select(project => AsSeenBy(project, caller).ToContract()) },
            Page = page.ToContract(),
        };
    }

    public override async Task<SharedProject> GetSharedProject(GetSharedProjectRequest request, ServerCallContext context) =>
        AsSeenBy(await SharedAsync(request.ProjectHolderId), context.CallerOf()).ToContract();

    public override async Task<SharedProject> RecordPartnerCoFinancing(RecordPartnerCoFinancingRequest request, ServerCallContext context)
    {
        var recorded = await Holder(request.ProjectHolderId).RecordPartnerCoFinancingAsync(new RecordPartnerCoFinancing(
            RequestValues.Key(request.RequestId),
            request.PartnerId,
            request.PartnerName,
            request.Amount.ToDomain(),
            Instruments.ToDomain(request.Instrument),
            CoFinancingStatuses.ToDomain(request.Status),
            RequestValues.Date("on", request.On)));
        return AsSeenBy(recorded, context.CallerOf()).ToContract();
    }

    public override async Task<PartnerCoFinancing> GetPartnerCoFinancing(GetPartnerCoFinancingRequest request, ServerCallContext context)
    {
        var project = await SharedAsync(request.ProjectHolderId);
        return project.CoFinancings.FirstOrDefault(coFinancing => coFinancing.PartnerId == request.PartnerId)?.ToContract()
            ?? throw new RefusedException(SharingRules.NoCoFinancing(request.ProjectHolderId, request.PartnerId));
    }

    public override async Task<SharedProjectChanges> ListSharedProjectChanges(ListSharedProjectChangesRequest request, ServerCallContext context)
    {
        var caller = context.CallerOf();
        var size = request.Size > 0 ? request.Size : KeysetPaging.DefaultSize;
        var answer = new SharedProjectChanges { NextCursor = request.AfterCursor };
        foreach (var entry in await feed.ReadAfterAsync(request.AfterCursor, context.CancellationToken))
        {
            if (answer.Changes.Count == size)
            {
                break;
            }

            if (IsVisibleTo(entry, caller))
            {
                answer.Changes.Add(ToChange(entry, caller));
            }

            answer.NextCursor = entry.Cursor;
        }

        return answer;
    }

    public override async Task WatchSharedProjects(
        WatchSharedProjectsRequest request, IServerStreamWriter<SharedProjectChange> responseStream, ServerCallContext context)
    {
        var caller = context.CallerOf();
        var cursor = request.AfterCursor;
        var quietSince = clock.GetUtcNow();
        using var poll = new PeriodicTimer(feed.Options.PollInterval, clock);
        do
        {
            // A cheap look at the feed's version first: the changes are read only when there are some.
            if (await feed.LatestCursorAsync(context.CancellationToken) > cursor)
            {
                foreach (var entry in await feed.ReadAfterAsync(cursor, context.CancellationToken))
                {
                    if (IsVisibleTo(entry, caller))
                    {
                        await responseStream.WriteAsync(ToChange(entry, caller), context.CancellationToken);
                        quietSince = clock.GetUtcNow();
                    }

                    cursor = entry.Cursor;
                }
            }

            if (clock.GetUtcNow() - quietSince >= feed.Options.HeartbeatInterval)
            {
                await responseStream.WriteAsync(new SharedProjectChange { Cursor = cursor, Kind = SharedProjectChangeKind.Heartbeat }, context.CancellationToken);
                quietSince = clock.GetUtcNow();
            }
        }
        while (await WaitAsync(poll, context.CancellationToken));
    }

    /// <summary>False once the caller hung up (or the deadline passed): the subscription ends quietly.</summary>
    private static async Task<bool> WaitAsync(PeriodicTimer poll, CancellationToken cancellationToken)
    {
        try
        {
            return await poll.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The project as shared now; NOT_FOUND when it is not (for staff too: a withdrawn project is in its history).</summary>
    private async Task<SharedProjectSnapshot> SharedAsync(string projectHolderId) =>
        await Holder(projectHolderId).GetSharedAsync() is { IsWithdrawn: false } project
            ? project
            : throw new RefusedException(SharingRules.NotShared(projectHolderId));


    /// <summary>A partner sees its own co-financing only; staff see every partner's.</summary>
    private static SharedProjectSnapshot AsSeenBy(SharedProjectSnapshot project, Caller caller) =>
        AsPartner(caller) is { } partners ? project.ForPartners(partners) : project;

    private static bool IsVisibleTo(FeedEntry entry, Caller caller) =>
        AsPartner(caller) is not { } partners || partners.Any(partner => SharingFeed.IsVisibleTo(entry.Change, partner));

    /// <summary>The partners a caller acts for; null for staff, who see everything.</summary>
    private static IReadOnlyList<string>? AsPartner(Caller caller) =>
        !caller.IsStaff && caller.HoldsAny(FinanceAccess.IsPartner) ? caller.ObjectsAs(FinanceAccess.IsPartner) : null;

    private static SharedProjectChange ToChange(FeedEntry entry, Caller caller) => new()
    {
        Cursor = entry.Cursor,
        Kind = SharingChanges.ToContract(entry.Change.Kind),
        Project = AsSeenBy(entry.Change.Project, caller).ToContract(),
    };
}
