using Cigales.Clubs.Projections;
using Cigales.Contracts.Clubs.V1;
using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Grpc.Core;
using Marten;
using NetworkFigures = Cigales.Contracts.Clubs.V1.NetworkFigures;

namespace Cigales.Clubs.Api;

public sealed partial class ClubsApi
{
    public override async Task<Person> RegisterPerson(RegisterPersonRequest request, ServerCallContext context)
    {
        var person = await people.RegisterAsync(
            RequestValues.NewEntityId(request.RequestId), request.FullName, request.Email, request.Phone, context.CancellationToken);
        return person.ToContract();
    }

    public override async Task<Person> GetPerson(GetPersonRequest request, ServerCallContext context)
    {
        var person = await people.GetAsync(request.PersonId, context.CancellationToken)
            ?? throw new RefusedException(Unknown.Person(request.PersonId));
        return person.ToContract();
    }

    /// <summary>The person's clubs from the read models, then each club's officers as of today from its grain (a person is in one or two clubs).</summary>
    public override async Task<PersonClubs> GetPersonClubs(GetPersonClubsRequest request, ServerCallContext context)
    {
        _ = await people.GetAsync(request.PersonId, context.CancellationToken) ?? throw new RefusedException(Unknown.Person(request.PersonId));
        var today = clock.Today();
        var clubs = await query.Query<ClubView>()
            .Where(view => view.Members.Any(member => member.MemberId == request.PersonId))
            .ToListAsync(context.CancellationToken);
        var answer = new PersonClubs();
        foreach (var club in clubs.Where(club => club.Members.Any(member => member.MemberId == request.PersonId && member.Left is null)))
        {
            var page = await grains.GetGrain<Grains.IClubGrain>(club.Id).GetPageAsync(today);
            var office = page?.Officers.FirstOrDefault(officer => officer.MemberId == request.PersonId && !officer.MandateExpired);
            answer.Clubs.Add(new PersonClub { ClubId = club.Id, ClubName = club.Name, Office = office is null ? Contracts.Clubs.V1.OfficerRole.Unspecified : office.Role.ToContract() });
        }

        return answer;
    }

    public override async Task<Person> ErasePerson(ErasePersonRequest request, ServerCallContext context) =>
        (await people.EraseAsync(request.PersonId, context.CancellationToken)).ToContract();

    /// <summary>Computed from every club's read model: a few hundred clubs at most.</summary>
    public override async Task<NetworkFigures> GetNetworkFigures(GetNetworkFiguresRequest request, ServerCallContext context)
    {
        var asOf = AsOf("as_of", request.AsOf);
        var clubs = await query.Query<ClubView>().ToListAsync(context.CancellationToken);
        var figures = Domain.NetworkFigures.Compute(
            clubs.Select(club => club.ToTimeline()).ToList(), asOf, request.Year == 0 ? asOf.Year : request.Year);
        return figures.ToContract();
    }
}
