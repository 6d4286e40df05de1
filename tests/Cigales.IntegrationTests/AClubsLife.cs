using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Clubs.V1;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.IntegrationTests;

/// <summary>A club's life through the gateway, from its creation to its first contribution, as the README shows it.</summary>
public sealed class AClubsLife(WholeSystem system)
{
    [Fact]
    public async Task AClubIsCreatedFormedStartsInvestingAndCollectsItsFirstContribution()
    {
        var club = await PostAsync("/v1/clubs", new { name = "Ch'ti Karité", commune = "Lens", department = "62", territory = "CALL", createdOn = "2024-11-19" });
        var clubId = club.GetProperty("clubId").GetString();
        var people = new List<string>();
        foreach (var (name, email) in new[] { ("Anne", "anne"), ("Bruno", "bruno"), ("Chloé", "chloe"), ("David", "david"), ("Émilie", "emilie") })
        {
            var person = await PostAsync("/v1/people", new { fullName = name, email = $"{email}@example.org" });
            people.Add(person.GetProperty("personId").GetString()!);
            await PostAsync($"/v1/clubs/{clubId}/members", new { personId = people[^1], on = "2024-11-19" });
        }

        await PutAsync($"/v1/clubs/{clubId}/officers/OFFICER_ROLE_MANAGER", new { personId = people[0], on = "2024-11-19" });
        await PutAsync($"/v1/clubs/{clubId}/officers/OFFICER_ROLE_TREASURER", new { personId = people[1], on = "2024-11-19" });
        await PutAsync($"/v1/clubs/{clubId}/officers/OFFICER_ROLE_SECRETARY", new { personId = people[2], on = "2024-11-19" });
        await PostAsync($"/v1/clubs/{clubId}/status-changes", new { to = "CLUB_STATUS_INVESTING", on = "2024-12-01", reason = "constituted at the general meeting" });
        await PutAsync($"/v1/clubs/{clubId}/members/{people[3]}/pledge", new { monthly = new { cents = 2_000 }, fromMonth = "2024-12" });
        await PostAsync($"/v1/clubs/{clubId}/contributions", new { requestId = Guid.NewGuid(), personId = people[3], month = "2024-12", amount = new { cents = 2_000 }, paidOn = "2024-12-05" });

        var page = await new ClubsService.ClubsServiceClient(system.Grpc).GetClubPageAsync(new GetClubPageRequest { ClubId = clubId, AsOf = "2024-12-31" });

        Assert.Equal(ClubStatus.Investing, page.StatusAsOf);
        Assert.Equal(5, page.Members.Count(member => member.Current));
        Assert.Equal("David", page.Members.Single(member => member.Contributed.Cents == 2_000).FullName);
        Assert.Equal(2_000, page.Savings.AvailableFunds.Cents);
        Assert.Equal("2029-11-30", page.Term.End);
    }

    [Fact]
    public async Task AFullClubRefusesANewcomerThroughTheGateway()
    {
        var clubs = new ClubsService.ClubsServiceClient(system.Grpc);
        var club = await clubs.RegisterClubAsync(new RegisterClubRequest { Name = "CIGALES Solartois Ter", Commune = "Arras", Department = "62", CreatedOn = "2024-12-04" });
        for (var i = 0; i < 20; i++)
        {
            var person = await clubs.RegisterPersonAsync(new RegisterPersonRequest { FullName = $"Cigalier {i}" });
            await clubs.JoinClubAsync(new JoinClubRequest { ClubId = club.ClubId, PersonId = person.PersonId, On = "2024-12-04" });
        }

        var newcomer = await clubs.RegisterPersonAsync(new RegisterPersonRequest { FullName = "Newcomer" });
        var message = await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "club.full", () =>
            clubs.JoinClubAsync(new JoinClubRequest { ClubId = club.ClubId, PersonId = newcomer.PersonId, On = "2024-12-05" }).ResponseAsync);

        Assert.Equal("the club is full (20 members): newcomers wait or start a new club", message);
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await system.Json.PostAsJsonAsync(path, body);
        return await ReadAsync(response);
    }

    private async Task<JsonElement> PutAsync(string path, object body)
    {
        using var response = await system.Json.PutAsJsonAsync(path, body);
        return await ReadAsync(response);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
