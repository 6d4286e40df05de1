using Cigales.Contracts.Clubs.V1;
using Grpc.Core;

namespace Cigales.Clubs.Tests.Api;

/// <summary>A person's clubs today and the office held in each: what the identity service gives their account.</summary>
[Collection(ApiCollection.Name)]
public sealed class PersonClubsBehaviour(ClubsServiceHost service)
{
    private readonly ClubsService.ClubsServiceClient _staff = new(service.Channel);

    private async Task<string> ClubAsync(string name) =>
        (await _staff.RegisterClubAsync(new RegisterClubRequest { Name = name, Department = "62", CreatedOn = "2024-03-01" })).ClubId;

    [Fact]
    public async Task APersonIsTreasurerOfOneClubMemberOfAnotherAndNoLongerOfTheOneTheyLeft()
    {
        var (treasurerOf, memberOf, left) = (await ClubAsync("Les Pluviers"), await ClubAsync("Les Vanneaux"), await ClubAsync("Les Courlis"));
        var person = (await _staff.RegisterPersonAsync(new RegisterPersonRequest { FullName = "Odile Pluvier" })).PersonId;
        foreach (var club in new[] { treasurerOf, memberOf, left })
        {
            await _staff.JoinClubAsync(new JoinClubRequest { ClubId = club, PersonId = person, On = "2024-03-02" });
        }

        await _staff.AssignOfficerAsync(new AssignOfficerRequest { ClubId = treasurerOf, Role = OfficerRole.Treasurer, PersonId = person, On = "2024-03-03" });
        await _staff.LeaveClubAsync(new LeaveClubRequest { ClubId = left, PersonId = person, On = "2024-04-01" });

        var clubs = await _staff.GetPersonClubsAsync(new GetPersonClubsRequest { PersonId = person });
        var unknown = await Assert.ThrowsAsync<RpcException>(() => _staff.GetPersonClubsAsync(new GetPersonClubsRequest { PersonId = "no-such-person" }).ResponseAsync);

        Assert.Equal(
            [(treasurerOf, "Les Pluviers", OfficerRole.Treasurer), (memberOf, "Les Vanneaux", OfficerRole.Unspecified)],
            clubs.Clubs.Select(c => (c.ClubId, c.ClubName, c.Office)).OrderBy(c => c.ClubName));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }
}
