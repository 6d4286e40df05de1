using System.Net;
using System.Net.Http.Json;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Security;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Clubs.Tests.Api;

/// <summary>The club's own rules through the API: set and shown, applied to departures, a bought share in the ledger, the yearly statement.</summary>
public sealed partial class ClubLifeBehaviour
{
    [Fact]
    public async Task RulesGivenAtRegistrationAndChangedByJsonAreOnThePageAndADepartureBelowFiveGetsADeadline()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest
        {
            Name = "Solartois Ter", Department = "62", CreatedOn = "2024-01-10",
            Rules = new ClubRules { DecisionRule = DecisionRule.Majority, BelowMinimum = BelowMinimumPolicy.RecruitByDeadline, RecruitMonths = 3 },
        });
        var people = await InvestingAsync(club.ClubId);

        var set = await _json.PutAsJsonAsync($"/v1/clubs/{club.ClubId}/rules", new
        {
            rules = new { decisionRule = "DECISION_RULE_QUALIFIED_MAJORITY", qualifiedNumerator = 2, qualifiedDenominator = 3, quorumPercent = 50, belowMinimum = "BELOW_MINIMUM_POLICY_RECRUIT_BY_DEADLINE", recruitMonths = 4 },
            on = "2024-03-01",
        });
        set.EnsureSuccessStatusCode();
        var page = await _grpc.LeaveClubAsync(new LeaveClubRequest { ClubId = club.ClubId, PersonId = people[4], On = "2024-04-15" });

        Assert.Equal(new ClubRules { DecisionRule = DecisionRule.QualifiedMajority, QualifiedNumerator = 2, QualifiedDenominator = 3, QuorumPercent = 50, BelowMinimum = BelowMinimumPolicy.RecruitByDeadline, RecruitMonths = 4 }, page.Rules);
        Assert.Equal("2024-08-15", (await _grpc.GetClubPageAsync(new GetClubPageRequest { ClubId = club.ClubId, AsOf = "2024-05-01" })).RecruitBy);
        var before = await _grpc.GetClubPageAsync(new GetClubPageRequest { ClubId = club.ClubId, AsOf = "2024-02-15" });
        Assert.Equal((BelowMinimumPolicy.RecruitByDeadline, 3, ""), (before.Rules.BelowMinimum, before.Rules.RecruitMonths, before.RecruitBy));
    }

    [Fact]
    public async Task ADepartureBelowFiveIsRefusedByDefaultAndNothingIsStored()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Cigales du Ternois", Department = "62", CreatedOn = "2024-01-10" });
        var people = await InvestingAsync(club.ClubId);
        var eventsBefore = await service.CountEventsAsync();

        var message = await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "club.min_members_kept",
            () => _grpc.LeaveClubAsync(new LeaveClubRequest { ClubId = club.ClubId, PersonId = people[4], On = "2024-04-15" }).ResponseAsync);

        Assert.StartsWith($"after {people[4]} leaves on 2024-04-15 the club would have 4 members", message);
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task ADepartingMembersShareBoughtByTheOthersIsOwedOnceAndShownInTheLedger()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "La Toupiole", Department = "62", CreatedOn = "2024-01-10" });
        var people = await InvestingAsync(club.ClubId);
        var newcomer = await _grpc.RegisterPersonAsync(new RegisterPersonRequest { FullName = "Newcomer" });
        await _grpc.JoinClubAsync(new JoinClubRequest { ClubId = club.ClubId, PersonId = newcomer.PersonId, On = "2024-02-01" });
        await _grpc.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = people[4], Month = "2024-02", Amount = new Money { Cents = 3_000 }, PaidOn = "2024-02-03",
        });
        var leave = new LeaveClubRequest
        {
            ClubId = club.ClubId, PersonId = people[4], On = "2024-04-15", Settlement = SettlementKind.BoughtByMembers, Value = ShareValue.Contributions, RequestId = Guid.NewGuid().ToString(),
        };

        var page = await _grpc.LeaveClubAsync(leave);
        var eventsAfter = await service.CountEventsAsync();
        await _grpc.LeaveClubAsync(leave);

        Assert.Equal(eventsAfter, await service.CountEventsAsync());
        var member = page.Members.Single(line => line.PersonId == people[4]);
        Assert.Equal((SettlementKind.BoughtByMembers, 3_000L, "2024-04-15", 0L), (member.Settlement.Kind, member.Settlement.Owed.Cents, member.Settlement.On, member.Share.Cents));
        var ledger = await _grpc.GetLedgerAsync(new GetLedgerRequest { ClubId = club.ClubId, AsOf = "2024-04-30" });
        var settlement = ledger.Movements.Single(movement => movement.Kind == "settlement");
        Assert.Equal([($"savings:{people[4]}", 3_000L), ("cash", -3_000L)], settlement.Postings.Select(posting => (posting.Account, posting.Amount.Cents)));
        Assert.Equal(0, page.Savings.AvailableFunds.Cents);
    }

    [Fact]
    public async Task TheYearlyStatementIsACsvAndAPrintablePageForTheMemberThemselfAndTheOfficers()
    {
        var club = await _grpc.RegisterClubAsync(new RegisterClubRequest { Name = "Ch'ti Karité", Department = "62", CreatedOn = "2024-01-10" });
        var people = await InvestingAsync(club.ClubId);
        foreach (var (month, paidOn) in new[] { ("2024-02", "2024-02-03"), ("2024-03", "2024-03-04"), ("2025-01", "2025-01-05") })
        {
            await _grpc.RecordContributionAsync(new RecordContributionRequest
            {
                ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = people[3], Month = month, Amount = new Money { Cents = 2_000 }, PaidOn = paidOn,
            });
        }

        await _grpc.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = people[4], Month = "2024-02", Amount = new Money { Cents = 6_000 }, PaidOn = "2024-02-03",
        });
        var path = $"/v1/clubs/{club.ClubId}/members/{people[3]}/statements";

        var csv = await _json.GetAsync($"{path}/csv?year=2024");
        var html = await _json.GetAsync($"{path}/html?year=2024");
        string PersonToken(string role, string person) =>
            TestTokens.ForPerson($"account-{person}", "A member", "cigales-web", [new Membership(role, club.ClubId)], [Scopes.Read("clubs")], person);
        var own = await service.ClientWith(PersonToken(Roles.ClubMember, people[3])).GetAsync($"{path}/html?year=2024");
        var other = await service.ClientWith(PersonToken(Roles.ClubMember, people[4])).GetAsync($"{path}/html?year=2024");
        var treasurer = await service.ClientWith(PersonToken(Roles.ClubTreasurer, people[1])).GetAsync($"{path}/csv?year=2024");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Contains("Versements de l'année;Mois 2024-03;2024-03-04;20,00", lines);
        Assert.Contains("Versements de l'année;Total;;40,00", lines);
        Assert.Contains("Part du membre;Part de l'épargne du club;2024-12-31;40,00", lines);
        Assert.Contains("Épargne;Part du membre (%);2024-12-31;40", lines);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Relevé annuel 2024</h1>", await html.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK), (own.StatusCode, other.StatusCode, treasurer.StatusCode));
    }
}
