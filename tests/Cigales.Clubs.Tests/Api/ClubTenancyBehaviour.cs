using System.Net;
using System.Text.Json;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Security;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Clubs.Tests.Api;

/// <summary>
/// Straight to the service: a club's manager and members reach their own club only, another club
/// is answered as if it did not exist and the attempt is in that club's history; every change says
/// who made it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ClubTenancyBehaviour(ClubsServiceHost service)
{
    private readonly ClubsService.ClubsServiceClient _staff = new(service.Channel);

    private ClubsService.ClubsServiceClient As(string subject, string role, string clubId) =>
        new(service.ChannelWith(TestTokens.For(subject, role, clubId, Scopes.All)));

    private async Task<string> ClubAsync(string name) =>
        (await _staff.RegisterClubAsync(new RegisterClubRequest { Name = name, Department = "62", CreatedOn = "2024-03-01" })).ClubId;

    [Fact]
    public async Task AMemberReadsTheirClubAndAnotherClubIsAsIfItDidNotExist()
    {
        var own = await ClubAsync("Les Écureuils");
        var other = await ClubAsync("Les Fourmis");
        var member = As("member-of-ecureuils", Roles.ClubMember, own);

        var read = await member.GetClubAsync(new GetClubRequest { ClubId = own });
        var refused = await Assert.ThrowsAsync<RpcException>(() => member.GetClubAsync(new GetClubRequest { ClubId = other }).ResponseAsync);
        var absent = await Assert.ThrowsAsync<RpcException>(() => _staff.GetClubAsync(new GetClubRequest { ClubId = "no-such-club" }).ResponseAsync);
        using var json = await service.ClientWith(TestTokens.For("member-of-ecureuils", Roles.ClubMember, own, Scopes.All)).GetAsync($"/v1/clubs/{other}/ledger");

        Assert.Equal("Les Écureuils", read.Name);
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Equal(absent.Status.Detail.Replace("no-such-club", other, StringComparison.Ordinal), refused.Status.Detail);
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
    }

    [Fact]
    public async Task EveryRefusedAttemptIsInTheHistoryOfTheClubAsked()
    {
        var own = await ClubAsync("Les Abeilles");
        var other = await ClubAsync("Les Bourdons");

        // A well-formed request: an ill-formed one is refused before the object is looked at, and not recorded.
        await Assert.ThrowsAsync<RpcException>(() => As("manager-of-abeilles", Roles.ClubManager, own)
            .RecordContributionAsync(new RecordContributionRequest
            {
                ClubId = other, RequestId = Guid.NewGuid().ToString(), PersonId = ContractProbes.SomeId, Month = "2024-12", Amount = new() { Cents = 2_000 }, PaidOn = "2024-12-05",
            }).ResponseAsync);
        await Assert.ThrowsAsync<RpcException>(() => As("member-of-abeilles", Roles.ClubMember, own)
            .GetLedgerAsync(new GetLedgerRequest { ClubId = other }).ResponseAsync);

        var history = await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = other });
        var refusals = history.Entries.Where(entry => entry.Kind == "AccessRefused").ToList();
        Assert.Equal(["manager-of-abeilles", "member-of-abeilles"], refusals.Select(entry => entry.Subject));
        Assert.All(refusals, entry => Assert.Equal(own, entry.Tenant));
        Assert.Equal("/cigales.clubs.v1.ClubsService/RecordContribution", refusals[0].Data.Fields["method"].StringValue);
        Assert.Equal("club.exists", refusals[0].Data.Fields["rule"].StringValue);
        Assert.DoesNotContain((await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = own })).Entries, entry => entry.Kind == "AccessRefused");
    }

    [Fact]
    public async Task AManagerWritesToTheirClubAndTheChangeSaysWhoMadeIt()
    {
        var own = await ClubAsync("Les Grillons");
        var person = await _staff.RegisterPersonAsync(new RegisterPersonRequest { FullName = "Camille Martin" });
        var manager = As("manager-of-grillons", Roles.ClubManager, own);

        await manager.JoinClubAsync(new JoinClubRequest { ClubId = own, PersonId = person.PersonId, On = "2024-03-02" });

        var history = await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = own });
        Assert.Equal([1L, 2L], history.Entries.Select(entry => entry.Version));
        Assert.Equal(("staff-tests", "staff"), (history.Entries[0].Subject, history.Entries[0].Role));
        var joined = history.Entries[1];
        Assert.Equal(("manager-of-grillons", "manager-of-grillons", Roles.ClubManager, own), (joined.Subject, joined.Client, joined.Role, joined.Tenant));
        Assert.Equal(person.PersonId, joined.Data.Fields["MemberId"].StringValue);
        Assert.True(joined.RecordedAt.ToDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task APersonWritesAsTheTreasurerOfOneClubNotAsTheMemberOfAnotherAndTheHistoryNamesThem()
    {
        var memberOf = await ClubAsync("Les Mésanges");
        var treasurerOf = await ClubAsync("Les Hirondelles");
        var person = await _staff.RegisterPersonAsync(new RegisterPersonRequest { FullName = "Jules Nouveau" });
        var martine = new ClubsService.ClubsServiceClient(service.ChannelWith(TestTokens.ForPerson(
            "account-martine", "Martine Lefebvre", "cigales-web",
            [new Membership(Roles.ClubMember, memberOf), new Membership(Roles.ClubTreasurer, treasurerOf)], Scopes.All)));

        await martine.JoinClubAsync(new JoinClubRequest { ClubId = treasurerOf, PersonId = person.PersonId, On = "2024-03-02" });
        var refused = await Assert.ThrowsAsync<RpcException>(() => martine.JoinClubAsync(new JoinClubRequest { ClubId = memberOf, PersonId = person.PersonId, On = "2024-03-02" }).ResponseAsync);
        var read = await martine.GetClubAsync(new GetClubRequest { ClubId = memberOf });

        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Equal("Les Mésanges", read.Name);
        var joined = (await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = treasurerOf })).Entries.Single(entry => entry.Kind == "MemberJoined");
        Assert.Equal(("account-martine", "Martine Lefebvre", "cigales-web"), (joined.Subject, joined.Name, joined.Client));
        Assert.Equal([$"club-member:{memberOf}", $"club-treasurer:{treasurerOf}"], joined.Memberships);
        var attempt = (await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = memberOf })).Entries.Single(entry => entry.Kind == "AccessRefused");
        Assert.Equal(("account-martine", "Martine Lefebvre"), (attempt.Subject, attempt.Name));
    }

    [Fact]
    public async Task AMemberMayNotWriteNorReadTheHistory()
    {
        var own = await ClubAsync("Les Cigognes");
        var member = As("member-of-cigognes", Roles.ClubMember, own);
        var eventsBefore = await service.CountEventsAsync();

        var write = await Assert.ThrowsAsync<RpcException>(() => member.RecordContributionAsync(new RecordContributionRequest { ClubId = own }).ResponseAsync);
        var history = await Assert.ThrowsAsync<RpcException>(() => member.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = own }).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (write.StatusCode, history.StatusCode));
        Assert.Contains("'club-member'", write.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task TheHistoryComesAPageAtATimeAndIsForStaffAsJsonToo()
    {
        var own = await ClubAsync("Les Lucioles");
        for (var i = 0; i < 3; i++)
        {
            var person = await _staff.RegisterPersonAsync(new RegisterPersonRequest { FullName = $"Membre {i}" });
            await _staff.JoinClubAsync(new JoinClubRequest { ClubId = own, PersonId = person.PersonId, On = "2024-03-02" });
        }

        var first = await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = own, Page = new PageRequest { Size = 3 } });
        var second = await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = own, Page = new PageRequest { Size = 3, Token = first.Page.NextToken } });
        using var json = JsonDocument.Parse(await service.CreateClient().GetStringAsync($"/v1/clubs/{own}/history"));
        var unknown = await Assert.ThrowsAsync<RpcException>(() => _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = "no-such-club" }).ResponseAsync);

        Assert.Equal([1L, 2L, 3L, 4L], first.Entries.Concat(second.Entries).Select(entry => entry.Version));
        Assert.Equal(string.Empty, second.Page.NextToken);
        var entries = json.RootElement.GetProperty("entries");
        Assert.Equal(4, entries.GetArrayLength());
        Assert.Equal("ClubRegistered", entries[0].GetProperty("kind").GetString());
        Assert.Equal("staff-tests", entries[0].GetProperty("subject").GetString());
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task AnIllFormedRequestAboutAnotherClubIsBadInputAndIsNotRecorded()
    {
        var own = await ClubAsync("Les Libellules");
        var other = await ClubAsync("Les Papillons");
        var member = As("member-of-libellules", Roles.ClubMember, own);

        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "as_of",
            () => member.GetLedgerAsync(new GetLedgerRequest { ClubId = other, AsOf = "not a day" }).ResponseAsync);
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "club_id",
            () => member.GetLedgerAsync(new GetLedgerRequest { ClubId = new string('x', 5_000) }).ResponseAsync);

        var history = await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = other });
        Assert.DoesNotContain(history.Entries, entry => entry.Kind == "AccessRefused");
    }

    [Fact]
    public async Task TheSameAttemptRepeatedIsCountedInOneRecord()
    {
        var own = await ClubAsync("Les Coccinelles");
        var other = await ClubAsync("Les Sauterelles");
        var member = As("member-of-coccinelles", Roles.ClubMember, own);

        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<RpcException>(() => member.GetClubAsync(new GetClubRequest { ClubId = other }).ResponseAsync);
        }

        var refusals = (await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = other })).Entries.Where(entry => entry.Kind == "AccessRefused").ToList();
        // Five attempts in a few milliseconds: one record, counted five times (two, if they straddle a minute).
        Assert.InRange(refusals.Count, 1, 2);
        Assert.Equal(5, refusals.Sum(entry => entry.Data.Fields["attempts"].NumberValue));
    }

    [Fact]
    public async Task RefusedAttemptsComeBetweenTheChangesInTheOrderTheyHappenedAPageAtATime()
    {
        var club = await ClubAsync("Les Grenouilles");
        var intruder = As("member-of-elsewhere", Roles.ClubMember, await ClubAsync("Ailleurs"));
        for (var i = 0; i < 4; i++)
        {
            var person = await _staff.RegisterPersonAsync(new RegisterPersonRequest { FullName = $"Membre {i}" });
            await _staff.JoinClubAsync(new JoinClubRequest { ClubId = club, PersonId = person.PersonId, On = "2024-03-02" });
            await Assert.ThrowsAsync<RpcException>(() => intruder.GetLedgerAsync(new GetLedgerRequest { ClubId = club }).ResponseAsync);
        }

        var read = new List<HistoryEntry>();
        var token = string.Empty;
        do
        {
            var page = await _staff.GetClubHistoryAsync(new GetClubHistoryRequest { ClubId = club, Page = new PageRequest { Size = 2, Token = token } });
            Assert.InRange(page.Entries.Count, 1, 2);
            read.AddRange(page.Entries);
            token = page.Page.NextToken;
        }
        while (token.Length > 0);

        // The four attempts fall in one minute (or two): recorded once per minute, at the first one,
        // which came right after the first member joined.
        Assert.Equal(["ClubRegistered", "MemberJoined", "AccessRefused"], read.Take(3).Select(entry => entry.Kind));
        Assert.Equal(["ClubRegistered", .. Enumerable.Repeat("MemberJoined", 4)], read.Where(entry => entry.Kind != "AccessRefused").Select(entry => entry.Kind));
        Assert.Equal(4, read.Where(entry => entry.Kind == "AccessRefused").Sum(entry => entry.Data.Fields["attempts"].NumberValue));
        Assert.Equal(read.OrderBy(entry => entry.RecordedAt.ToDateTimeOffset()).Select(entry => entry.Kind), read.Select(entry => entry.Kind));
    }
}
