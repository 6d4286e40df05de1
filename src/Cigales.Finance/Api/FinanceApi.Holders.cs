using Cigales.Contracts.Finance.V1;
using Cigales.Finance.Domain;
using Cigales.Finance.Grains;
using Cigales.Finance.Projections;
using Cigales.GrainInterfaces;
using Cigales.GrainInterfaces.Clubs;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;
using static Cigales.Finance.Api.FinanceEnums;
using static Cigales.Finance.Api.HoldersMapping;
using HolderContact = Cigales.Contracts.Finance.V1.HolderContact;

namespace Cigales.Finance.Api;

/// <summary>
/// Around the pipeline: the partners' referrals, the holders' contact details and exchange logs
/// (kept apart, erasable), the suggested club, and the projects each department's clubs see.
/// Where clubs are (department, territory, commune) is the Clubs service's: its directory grain
/// answers from its read model, so that Finance keeps no copy of it.
/// </summary>
public sealed partial class FinanceApi
{
    public override async Task<ReferredHolder> ReferProjectHolder(ReferProjectHolderRequest request, ServerCallContext context)
    {
        var holder = await grains.GetGrain<IProjectHolderGrain>(RequestValues.NewEntityId(request.RequestId)).RegisterAsync(request.ToCommand().ToRegistration());
        await contacts.ReferredAsync(holder.ProjectHolderId, request.Contact.ToDomain(), context.CancellationToken);
        return holder.ToReferred();
    }

    public override async Task<ListReferredHoldersResponse> ListReferredHolders(ListReferredHoldersRequest request, ServerCallContext context)
    {
        var page = await query.Query<ProjectHolderView>()
            .Where(view => view.ReferringPartnerId == request.PartnerId)
            .ReadPageAsync(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListReferredHoldersResponse
        {
            ReferredHolders = { page.Items.Select(view => view.ToSnapshot().ToReferred()) },
            Page = page.ToContract(),
        };
    }

    public override async Task<HolderContact> SetHolderContact(SetHolderContactRequest request, ServerCallContext context)
    {
        await ExistingHolderAsync(request.ProjectHolderId);
        return (await contacts.SetAsync(request.ProjectHolderId, request.Details.ToDomain(), request.SharedWithClubs, context.CancellationToken)).ToContract();
    }

    public override async Task<HolderContact> GetHolderContact(GetHolderContactRequest request, ServerCallContext context)
    {
        await ExistingHolderAsync(request.ProjectHolderId);
        return (await contacts.GetAsync(request.ProjectHolderId, context.CancellationToken)).ToContract();
    }

    public override async Task<HolderContact> EraseHolderContact(EraseHolderContactRequest request, ServerCallContext context)
    {
        await ExistingHolderAsync(request.ProjectHolderId);
        return (await contacts.EraseAsync(request.ProjectHolderId, context.CancellationToken)).ToContract();
    }

    public override async Task<HolderContact> LogHolderExchange(LogHolderExchangeRequest request, ServerCallContext context)
    {
        await ExistingHolderAsync(request.ProjectHolderId);
        var exchange = new Domain.HolderExchange(
            request.RequestId.Length > 0 ? RequestValues.Key(request.RequestId) : Guid.CreateVersion7().ToString(),
            RequestValues.Date("on", request.On),
            ExchangeKinds.ToDomain(request.Kind),
            request.Summary,
            context.CallerOf().Name);
        return (await contacts.LogExchangeAsync(request.ProjectHolderId, exchange, context.CancellationToken)).ToContract();
    }

    public override async Task<SuggestedClub> GetSuggestedClub(GetSuggestedClubRequest request, ServerCallContext context)
    {
        var holder = await ExistingHolderAsync(request.ProjectHolderId);
        var clubs = holder.Department.Length == 0 ? [] : await grains.GetGrain<IClubDirectory>(0).ActiveInDepartmentAsync(holder.Department);
        return ClubSuggestion.For(holder, clubs.Select(club => (club.ClubId, club.Name, club.Commune, club.Territory))).ToContract(holder.ProjectHolderId);
    }

    public override async Task<ListDepartmentProjectsResponse> ListDepartmentProjects(ListDepartmentProjectsRequest request, ServerCallContext context)
    {
        var club = (await grains.GetGrain<IClubDirectory>(0).PlacesAsync([request.ClubId])).FirstOrDefault()
            ?? throw new RefusedException(Unknown.Club(request.ClubId));
        if (club.Department.Length == 0)
        {
            throw new RefusedException(Refusal.Precondition("club_id", "department_projects.club_department", "the club has no department recorded: its department's projects cannot be told"));
        }

        var holders = await query.Query<ProjectHolderView>().Where(view => view.Department == club.Department).ToListAsync(context.CancellationToken);
        var shared = SharingFeed.Current((await feed.ReadAfterAsync(0, context.CancellationToken)).Select(entry => entry.Change));
        var projects = DepartmentProjects.Of(club.Department, holders.Select(view => view.ToSnapshot()), shared);
        var page = KeysetPaging.Page(projects, project => $"{project.Holder.ProjectName.ToLowerInvariant()}\u001f{project.Holder.ProjectHolderId}", request.Page);
        var details = await contacts.GetManyAsync([.. page.Items.Select(project => project.Holder.ProjectHolderId)], context.CancellationToken);
        return new ListDepartmentProjectsResponse
        {
            Department = club.Department,
            Projects = { page.Items.Select(project => project.Holder.ToDepartmentProject(project.Summary, details.GetValueOrDefault(project.Holder.ProjectHolderId))) },
            Page = page.ToContract(),
        };
    }

    /// <summary>The holder's list, filtered in the database by what the request names.</summary>
    private static IQueryable<ProjectHolderView> Filtered(IQueryable<ProjectHolderView> holders, ListProjectHoldersRequest request)
    {
        if (request.Stage != Contracts.Finance.V1.PipelineStage.Unspecified)
        {
            var stage = Stages.ToDomain(request.Stage);
            holders = holders.Where(view => view.Stage == stage);
        }

        if (request.ClubId.Length > 0)
        {
            holders = holders.Where(view => view.ClubIds.Contains(request.ClubId));
        }

        if (request.Department.Length > 0)
        {
            holders = holders.Where(view => view.Department == request.Department);
        }

        if (request.Territory.Trim().Length > 0)
        {
            var territory = request.Territory.Trim();
            holders = holders.Where(view => view.Territory.Equals(territory, StringComparison.OrdinalIgnoreCase));
        }

        return holders;
    }

    private async Task<ProjectHolderSnapshot> ExistingHolderAsync(string id) =>
        await Holder(id).GetAsync() ?? throw UnknownHolder(id);
}
