using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.Clubs.People;
using Cigales.Clubs.Projections;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Cigales.ServiceKit.History;
using Cigales.ServiceKit.Paging;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;
using ClubPage = Cigales.Contracts.Clubs.V1.ClubPage;

namespace Cigales.Clubs.Api;

/// <summary>
/// The Clubs gRPC service (and, through transcoding, its JSON API): map, ask the grain, map back.
/// Pages and reports get the members' names from the person directory on the way out.
/// </summary>
public sealed partial class ClubsApi(IGrainFactory grains, IDocumentStore store, IQuerySession query, PersonDirectory people, TimeProvider clock)
    : ClubsService.ClubsServiceBase
{
    public override async Task<Club> RegisterClub(RegisterClubRequest request, ServerCallContext context)
    {
        var club = grains.GetGrain<IClubGrain>(RequestValues.NewEntityId(request.RequestId));
        return (await club.RegisterAsync(request.ToCommand())).ToContract();
    }

    public override async Task<Club> GetClub(GetClubRequest request, ServerCallContext context)
    {
        var club = await Club(request.ClubId).GetAsync();
        return club?.ToContract() ?? throw UnknownClub(request.ClubId);
    }

    public override async Task<ListClubsResponse> ListClubs(ListClubsRequest request, ServerCallContext context)
    {
        IQueryable<ClubView> clubs = query.Query<ClubView>();
        if (request.Status != Contracts.Clubs.V1.ClubStatus.Unspecified)
        {
            var status = request.Status.ToDomain();
            clubs = clubs.Where(view => view.Status == status);
        }

        if (request.Department.Length > 0)
        {
            clubs = clubs.Where(view => view.Department == request.Department);
        }

        if (request.Territory.Length > 0)
        {
            clubs = clubs.Where(view => view.Territory == request.Territory);
        }

        var page = await clubs.ReadPageAsync(view => view.SortKey, request.Page, context.CancellationToken);
        return new ListClubsResponse
        {
            Clubs = { page.Items.Select(view => view.ToSnapshot().ToContract()) },
            Page = page.ToContract(),
        };
    }

    public override async Task<ClubPage> GetClubPage(GetClubPageRequest request, ServerCallContext context)
    {
        var page = await Club(request.ClubId).GetPageAsync(AsOf("as_of", request.AsOf));
        return await ToContractAsync(page ?? throw UnknownClub(request.ClubId), context);
    }

    public override async Task<ClubPage> ChangeClubStatus(ChangeClubStatusRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).ChangeStatusAsync(request.ToCommand()), context);

    public override async Task<ClubPage> RenewTerm(RenewTermRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).RenewTermAsync(new RenewTerm(RequestValues.Date("on", request.On))), context);

    public override async Task<ClubPage> JoinClub(JoinClubRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).JoinAsync(new JoinClub(request.PersonId, RequestValues.Date("on", request.On))), context);

    public override async Task<ClubPage> LeaveClub(LeaveClubRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).LeaveAsync(request.ToCommand()), context);

    public override async Task<ClubPage> SetClubRules(SetClubRulesRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).SetInternalRulesAsync(
            new SetInternalRules(request.Rules.ToDomain(), RequestValues.Date("on", request.On))), context);

    public override async Task<ClubPage> AssignOfficer(AssignOfficerRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).AssignOfficerAsync(request.ToCommand()), context);

    public override async Task<ClubPage> RenewManagerMandate(RenewManagerMandateRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).RenewManagerMandateAsync(new RenewManagerMandate(RequestValues.Date("on", request.On))), context);

    public override async Task<ClubPage> NameSponsors(NameSponsorsRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).NameSponsorsAsync(
            new NameSponsors(request.EnterpriseId, request.SponsorIds.ToList(), RequestValues.Date("on", request.On))), context);

    public override async Task<ClubPage> NoteFollowUp(NoteFollowUpRequest request, ServerCallContext context) =>
        await ToContractAsync(await Club(request.ClubId).NoteFollowUpAsync(
            new NoteFollowUp(request.EnterpriseId, RequestValues.Date("on", request.On), request.AuthorId, request.Note)), context);

    private IClubGrain Club(string clubId) => grains.GetGrain<IClubGrain>(clubId);

    private DateOnly AsOf(string field, string iso) => iso.Length == 0 ? clock.Today() : RequestValues.Date(field, iso);

    private static RefusedException UnknownClub(string clubId) => new(Unknown.Club(clubId));

    /// <summary>What a caller is told of a club that does not exist, or that is not theirs to see.</summary>

    public override async Task<History> GetClubHistory(GetClubHistoryRequest request, ServerCallContext context) =>
        await ObjectHistory.ReadAsync<Domain.ClubEvent>(store, request.ClubId, request.Page, context.CancellationToken) ?? throw UnknownClub(request.ClubId);

    /// <summary>The page with the names of the people on it, and the newer clubs that renew this one.</summary>
    private async Task<ClubPage> ToContractAsync(Domain.ClubPage page, ServerCallContext context)
    {
        var names = await people.GetManyAsync(
            page.Members.Select(member => member.MemberId).Concat(page.Officers.Select(officer => officer.MemberId)),
            context.CancellationToken);
        var renewedBy = await query.Query<ClubView>()
            .Where(view => view.RenewsClubId == page.Club.ClubId)
            .Select(view => view.Id)
            .ToListAsync(context.CancellationToken);
        return page.ToContract(names, renewedBy);
    }
}
