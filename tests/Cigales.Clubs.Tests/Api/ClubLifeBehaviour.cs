using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.GrainInterfaces.Clubs;
using Cigales.Testing;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using ClubStatus = Cigales.Contracts.Clubs.V1.ClubStatus;
using OfficerRole = Cigales.Contracts.Clubs.V1.OfficerRole;

namespace Cigales.Clubs.Tests.Api;

/// <summary>A club's life through its API, by gRPC and by JSON, on the real service in-process.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ClubLifeBehaviour(ClubsServiceHost service)
{
    private readonly ClubsService.ClubsServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    [Fact]
    public async Task AClubIsFormedStartsInvestingAndCollectsItsFirstContribution()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Ch'ti Karité", Commune = "Lens", Department = "62", CreatedOn = "2024-11-19" });
        var people = await JoinAsync(club.ClubId, 5, "2024-11-19");

        // Officers by JSON, the path naming the role.
        foreach (var (role, person) in new[] { ("OFFICER_ROLE_MANAGER", people[0]), ("OFFICER_ROLE_TREASURER", people[1]), ("OFFICER_ROLE_SECRETARY", people[2]) })
        {
            var assigned = await _json.PutAsJsonAsync($"/v1/clubs/{club.ClubId}/officers/{role}", new { personId = person, on = "2024-11-19" });
            assigned.EnsureSuccessStatusCode();
        }

        var investing = await _json.PostAsJsonAsync($"/v1/clubs/{club.ClubId}/status-changes", new { to = "CLUB_STATUS_INVESTING", on = "2024-12-01", reason = "constituted at the general meeting" });
        investing.EnsureSuccessStatusCode();
        (await _json.PutAsJsonAsync($"/v1/clubs/{club.ClubId}/members/{people[3]}/pledge", new { monthly = new { cents = 2_000 }, fromMonth = "2024-12" })).EnsureSuccessStatusCode();
        var contribution = await _json.PostAsJsonAsync($"/v1/clubs/{club.ClubId}/contributions", new
        {
            requestId = Guid.NewGuid(),
            personId = people[3],
            month = "2024-12",
            amount = new { cents = 2_000 },
            paidOn = "2024-12-05",
        });
        contribution.EnsureSuccessStatusCode();

        var page = await _grpc.GetClubPageAsync(new GetClubPageRequest { ClubId = club.ClubId, AsOf = "2025-01-31" });

        Assert.Equal(ClubStatus.Investing, page.StatusAsOf);
        Assert.Equal(new JointOwnershipTerm { Start = "2024-12-01", End = "2029-11-30", Renewals = 0, Expired = false }, page.Term);
        Assert.Equal(3, page.Officers.Count);
        Assert.Equal("Person 0 of 5", page.Officers.Single(officer => officer.Role == OfficerRole.Manager).FullName);
        var payer = page.Members.Single(member => member.PersonId == people[3]);
        Assert.Equal((2_000, 2_000, 2_000, 2_000), (payer.MonthlyPledge.Cents, payer.Contributed.Cents, payer.Arrears.Cents, payer.Share.Cents));
        Assert.Equal((2_000, 2_000), (page.Savings.AvailableFunds.Cents, page.Savings.ClubSavings.Cents));
        Assert.Equal([ClubStatus.Investing], page.History.Select(change => change.To));
    }

    [Fact]
    public async Task AFormingClubWithTooFewMembersIsToldWhyItCannotStartInvesting()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Trop petit", Department = "62", CreatedOn = "2024-01-10" });
        await JoinAsync(club.ClubId, 4, "2024-01-10");
        var eventsBefore = await service.CountEventsAsync();

        var message = await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "club.min_members", () => _grpc.ChangeClubStatusAsync(
            new ChangeClubStatusRequest { ClubId = club.ClubId, To = ClubStatus.Investing, On = "2024-02-01", Reason = "ready" }).ResponseAsync);
        var json = await _json.PostAsJsonAsync($"/v1/clubs/{club.ClubId}/status-changes", new { to = "CLUB_STATUS_INVESTING", on = "2024-02-01", reason = "ready" });

        Assert.Equal("a forming club needs at least 5 members to start investing: it has 4 on 2024-02-01", message);
        Assert.Equal(400, (int)json.StatusCode);
        Assert.Contains("club.min_members", await json.Content.ReadAsStringAsync());
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task AContributionRetriedWithItsRequestIdIsRecordedOnceAndAnotherUnderItIsRefused()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "La Toupiole", Department = "62", CreatedOn = "2024-01-10" });
        var person = (await JoinAsync(club.ClubId, 1, "2024-01-10"))[0];
        var request = new RecordContributionRequest
        {
            ClubId = club.ClubId,
            RequestId = Guid.NewGuid().ToString(),
            PersonId = person,
            Month = "2024-02",
            Amount = new Money { Cents = 3_000 },
            PaidOn = "2024-02-03",
        };

        var first = await _grpc.RecordContributionAsync(request);
        var eventsAfterFirst = await service.CountEventsAsync();
        var retry = await _grpc.RecordContributionAsync(request);
        request.Amount.Cents = 3_500;

        Assert.Equal(first, retry);
        Assert.Equal(eventsAfterFirst, await service.CountEventsAsync());
        await Statuses.RefusedAsync(StatusCode.AlreadyExists, "request_id", () => _grpc.RecordContributionAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task MalformedSavingsRequestsAreRefusedNamingTheField()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Mal formé", Department = "62", CreatedOn = "2024-01-10" });
        var person = (await JoinAsync(club.ClubId, 1, "2024-01-10"))[0];
        var eventsBefore = await service.CountEventsAsync();

        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "month", () => _grpc.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = person, Month = "2024-13", Amount = new Money { Cents = 100 }, PaidOn = "2024-02-03",
        }).ResponseAsync);
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "request_id", () => _grpc.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, PersonId = person, Month = "2024-02", Amount = new Money { Cents = 100 }, PaidOn = "2024-02-03",
        }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(
            await _json.PostAsJsonAsync($"/v1/clubs/{club.ClubId}/contributions", new { requestId = Guid.NewGuid(), personId = person, month = "2024-02", amount = new { cents = -5 }, paidOn = "2024-02-03" }),
            400,
            "amount");
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "paid_on", () => _grpc.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = person, Month = "2024-02", Amount = new Money { Cents = 100 }, PaidOn = "2024-02-30",
        }).ResponseAsync);
        // Beyond a billion euros: the contract's cap, so that no sum of amounts can overflow the books.
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "amount.cents", () => _grpc.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = person, Month = "2024-02", Amount = new Money { Cents = 100_000_000_001 }, PaidOn = "2024-02-03",
        }).ResponseAsync);

        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task AnErasedPersonLosesTheirNameButNotTheirSavings()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Cigales du Boulonnais", Department = "62", CreatedOn = "2024-01-10" });
        var person = (await JoinAsync(club.ClubId, 1, "2024-01-10"))[0];
        await _grpc.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = person, Month = "2024-02", Amount = new Money { Cents = 4_200 }, PaidOn = "2024-02-03",
        });

        var erased = await _grpc.ErasePersonAsync(new ErasePersonRequest { PersonId = person });
        var member = (await _grpc.GetClubPageAsync(new GetClubPageRequest { ClubId = club.ClubId })).Members.Single();
        using var stored = JsonDocument.Parse(await _json.GetStringAsync($"/v1/people/{person}"));

        Assert.Equal((true, "", "", ""), (erased.Erased, erased.FullName, erased.Email, erased.Phone));
        Assert.Equal((true, "", 4_200L, 4_200L), (member.Erased, member.FullName, member.Contributed.Cents, member.Share.Cents));
        Assert.True(stored.RootElement.GetProperty("erased").GetBoolean());
        await Statuses.RefusedAsync(StatusCode.NotFound, "person_id", () => _grpc.JoinClubAsync(
            new JoinClubRequest { ClubId = club.ClubId, PersonId = person, On = "2024-06-01" }).ResponseAsync);
    }

    [Fact]
    public async Task TheLedgerBalancesAndArrearsShowWhoOwesWhat()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Cigales Marais du Lièvre", Department = "62", CreatedOn = "2024-01-10" });
        var people = await JoinAsync(club.ClubId, 2, "2024-01-10");
        foreach (var person in people)
        {
            await _grpc.SetPledgeAsync(new SetPledgeRequest { ClubId = club.ClubId, PersonId = person, Monthly = new Money { Cents = 1_500 }, FromMonth = "2024-01" });
        }

        await _grpc.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = people[0], Month = "2024-01", Amount = new Money { Cents = 1_500 }, PaidOn = "2024-01-20",
        });

        var arrears = await _grpc.GetArrearsAsync(new GetArrearsRequest { ClubId = club.ClubId, AsOf = "2024-02-29" });
        var ledger = await _grpc.GetLedgerAsync(new GetLedgerRequest { ClubId = club.ClubId });

        Assert.Equal(
            [(people[0], 3_000L, 1_500L, 1_500L), (people[1], 3_000L, 0L, 3_000L)],
            arrears.Lines.OrderBy(line => line.PersonId == people[1]).Select(line => (line.PersonId, line.Due.Cents, line.Paid.Cents, line.Arrears.Cents)));
        Assert.Equal(4_500, arrears.Total.Cents);
        Assert.Equal(0, ledger.Balances.Sum(balance => balance.Amount.Cents));
        Assert.Equal(1_500, ledger.Balances.Single(balance => balance.Account == "cash").Amount.Cents);
        Assert.Equal("contribution", Assert.Single(ledger.Movements).Kind);
    }

    [Fact]
    public async Task SponsorsAreNamedForAnEnterpriseTheClubFinancesAndFollowedUp()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Cigales de la Canche", Department = "62", CreatedOn = "2024-01-10" });
        var people = await InvestingAsync(club.ClubId);
        await _grpc.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = people[0], Month = "2024-02", Amount = new Money { Cents = 150_000 }, PaidOn = "2024-02-03",
        });
        // Finance reserves the funds through the club's grain interface.
        await service.Services.GetRequiredService<IGrainFactory>().GetGrain<IClubFundsGrain>(club.ClubId)
            .ReserveAsync(new ReserveFunds("inv-maison-des-faiseurs", "investment-1", "maison-des-faiseurs", SharedKernel.Money.FromCents(150_000), new DateOnly(2024, 3, 1), new ClubVote(3, 0, 0)));

        await _grpc.NameSponsorsAsync(new NameSponsorsRequest { ClubId = club.ClubId, EnterpriseId = "maison-des-faiseurs", SponsorIds = { people[3], people[4] }, On = "2024-03-02" });
        var page = await _grpc.NoteFollowUpAsync(new NoteFollowUpRequest { ClubId = club.ClubId, EnterpriseId = "maison-des-faiseurs", On = "2024-09-15", AuthorId = people[3], Note = "first yearly follow-up: on track" });

        var sponsorship = Assert.Single(page.Sponsorships);
        Assert.Equal([people[3], people[4]], sponsorship.SponsorIds);
        Assert.Equal("first yearly follow-up: on track", Assert.Single(sponsorship.FollowUps).Note);
        Assert.Equal((0, 150_000), (page.Savings.AvailableFunds.Cents, page.Savings.Committed.Cents));
        await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "sponsorship.financed", () => _grpc.NameSponsorsAsync(
            new NameSponsorsRequest { ClubId = club.ClubId, EnterpriseId = "elsewhere", SponsorIds = { people[3] }, On = "2024-03-02" }).ResponseAsync);
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "sponsor_ids", () => _grpc.NameSponsorsAsync(
            new NameSponsorsRequest { ClubId = club.ClubId, EnterpriseId = "maison-des-faiseurs", SponsorIds = { people[0], people[1], people[2] }, On = "2024-03-02" }).ResponseAsync);
    }

    [Fact]
    public async Task ClubsAreListedByStatusDepartmentAndTerritory()
    {
        var territory = $"territory-{Guid.NewGuid():N}";
        var forming = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Forming one", Department = "59", Territory = territory, CreatedOn = "2024-01-10" });
        var investing = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Investing one", Department = "62", Territory = territory, CreatedOn = "2024-01-10" });
        await InvestingAsync(investing.ClubId);

        var inTerritory = await _grpc.ListClubsAsync(new ListClubsRequest { Territory = territory });
        var investingThere = await _grpc.ListClubsAsync(new ListClubsRequest { Territory = territory, Status = ClubStatus.Investing });
        using var inNord = JsonDocument.Parse(await _json.GetStringAsync($"/v1/clubs?territory={territory}&department=59"));

        Assert.Equal([forming.ClubId, investing.ClubId], inTerritory.Clubs.Select(club => club.ClubId));
        Assert.Equal([investing.ClubId], investingThere.Clubs.Select(club => club.ClubId));
        Assert.Equal(forming.ClubId, Assert.Single(inNord.RootElement.GetProperty("clubs").EnumerateArray()).GetProperty("clubId").GetString());
    }

    [Fact]
    public async Task NetworkFiguresCountTheClubsAndTheirMembers()
    {
        var before = await _grpc.GetNetworkFiguresAsync(new GetNetworkFiguresRequest { AsOf = "2024-12-31" });
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Compté", Department = "62", CreatedOn = "2024-01-10" });
        await InvestingAsync(club.ClubId);

        var after = await _grpc.GetNetworkFiguresAsync(new GetNetworkFiguresRequest { AsOf = "2024-12-31" });
        using var json = JsonDocument.Parse(await _json.GetStringAsync("/v1/network-figures?as_of=2024-12-31&year=2024"));

        Assert.Equal(before.InvestingClubs + 1, after.InvestingClubs);
        Assert.Equal(before.InvestingClubsDuringYear + 1, after.InvestingClubsDuringYear);
        Assert.Equal(before.MembersOfInvestingClubs + 5, after.MembersOfInvestingClubs);
        Assert.Equal(after.Members, json.RootElement.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task AContributionRetriedWithItsKeyInCapitalsIsRecordedOnce()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Les Clés", Department = "62", CreatedOn = "2024-01-10" });
        var people = await InvestingAsync(club.ClubId);
        var key = Guid.NewGuid().ToString();
        RecordContributionRequest Contribution(string requestId) => new()
        {
            ClubId = club.ClubId, RequestId = requestId, PersonId = people[3], Month = "2024-03", Amount = new Money { Cents = 2_500 }, PaidOn = "2024-03-05",
        };

        var first = await _grpc.RecordContributionAsync(Contribution(key));
        var eventsAfterFirst = await service.CountEventsAsync();
        var retried = await _grpc.RecordContributionAsync(Contribution(key.ToUpperInvariant()));
        var page = await _grpc.GetClubPageAsync(new GetClubPageRequest { ClubId = club.ClubId, AsOf = "2024-03-31" });

        Assert.Equal(first, retried);
        Assert.Equal(eventsAfterFirst, await service.CountEventsAsync());
        Assert.Equal(2_500, page.Members.Single(member => member.PersonId == people[3]).Contributed.Cents);
    }

    /// <summary>Registers <paramref name="count"/> people and has them join the club on a day.</summary>
    private async Task<List<string>> JoinAsync(string clubId, int count, string on)
    {
        var people = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var person = await _grpc.RegisterPersonAsync(new RegisterPersonRequest { FullName = $"Person {i} of {count}", Email = $"person{i}@example.org" });
            await _grpc.JoinClubAsync(new JoinClubRequest { ClubId = clubId, PersonId = person.PersonId, On = on });
            people.Add(person.PersonId);
        }

        return people;
    }

    /// <summary>Five members, three officers, investing from 1 February 2024.</summary>
    private async Task<List<string>> InvestingAsync(string clubId)
    {
        var people = await JoinAsync(clubId, 5, "2024-01-10");
        await _grpc.AssignOfficerAsync(new AssignOfficerRequest { ClubId = clubId, Role = OfficerRole.Manager, PersonId = people[0], On = "2024-01-10" });
        await _grpc.AssignOfficerAsync(new AssignOfficerRequest { ClubId = clubId, Role = OfficerRole.Treasurer, PersonId = people[1], On = "2024-01-10" });
        await _grpc.AssignOfficerAsync(new AssignOfficerRequest { ClubId = clubId, Role = OfficerRole.Secretary, PersonId = people[2], On = "2024-01-10" });
        await _grpc.ChangeClubStatusAsync(new ChangeClubStatusRequest { ClubId = clubId, To = ClubStatus.Investing, On = "2024-02-01", Reason = "constituted" });
        return people;
    }
}
