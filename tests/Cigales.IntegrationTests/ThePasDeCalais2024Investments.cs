using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Testing;

namespace Cigales.IntegrationTests;

/// <summary>
/// The 2024 investments in the Pas-de-Calais (data/reference/pas-de-calais.json) recorded through
/// the gateway — the clubs by gRPC, the enterprises and investments by JSON as a partner would —
/// and the department's yearly table with its total of 28 400 €.
/// </summary>
public sealed class ThePasDeCalais2024Investments(WholeSystem system)
{
    private static readonly JsonElement Reference =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "data", "reference", "pas-de-calais.json"))).RootElement;

    [Fact]
    public async Task AreRecordedAndTheYearlyTableComesBackWithItsTotal()
    {
        var investments = Reference.GetProperty("investments_2024");
        var clubIds = new Dictionary<string, string>();
        foreach (var reference in investments.GetProperty("rows").EnumerateArray().SelectMany(row => row.GetProperty("clubs").EnumerateArray()).Select(club => club.GetString()!).Distinct())
        {
            clubIds[reference] = await InvestingClubAsync(reference);
        }

        var day = 1;
        foreach (var row in investments.GetProperty("rows").EnumerateArray())
        {
            var enterprise = await PostAsync("/v1/enterprises", Enterprise(row));
            var clubs = row.GetProperty("clubs").EnumerateArray().Select(club => clubIds[club.GetString()!]).ToList();
            var cents = row.GetProperty("amount_cents").GetInt64();
            foreach (var (club, index) in clubs.Select((club, index) => (club, index)))
            {
                // The source gives a round's total: split it between its clubs, to the cent.
                var share = cents / clubs.Count + (index < cents % clubs.Count ? 1 : 0);
                var decided = $"2024-{(day % 12) + 1:00}-10";
                await PostAsync("/v1/investments", new
                {
                    requestId = Guid.NewGuid(),
                    clubId = club,
                    enterpriseId = enterprise.GetProperty("enterpriseId").GetString(),
                    roundId = row.GetProperty("enterprise").GetString(),
                    amount = new { cents = share },
                    instrument = Instrument(row),
                    decidedOn = decided,
                    // Littoral Bio is mostly still to be paid: recorded as committed.
                    disbursedOn = row.GetProperty("enterprise").GetString() == "Littoral Bio" ? "" : decided,
                    vote = new { @for = 5, against = 0, abstentions = 0, rule = "VOTE_RULE_MAJORITY" },
                });
            }

            day++;
        }

        var table = JsonDocument.Parse(await system.Json.GetStringAsync("/v1/portfolio/yearly-table?department=62&year=2024")).RootElement;

        Assert.Equal(investments.GetProperty("total_cents").GetInt64(), table.GetProperty("total").GetProperty("cents").GetInt64());
        Assert.Equal(2_840_000, table.GetProperty("total").GetProperty("cents").GetInt64());
        Assert.Equal(11, table.GetProperty("enterprises").GetInt32());
        Assert.Equal(13, table.GetProperty("investments").GetInt32());
        var archiverre = table.GetProperty("rows").EnumerateArray().Single(row => row.GetProperty("enterprise").GetString() == "Archiverre - À petits pas");
        Assert.Equal(["Cigales de la Canche", "La Toupiole"], archiverre.GetProperty("clubs").EnumerateArray().Select(club => club.GetProperty("name").GetString()).Order());
    }

    /// <summary>A reference club, investing since 2023 with 10 000 € of savings.</summary>
    private async Task<string> InvestingClubAsync(string reference)
    {
        var details = Reference.GetProperty("clubs").EnumerateArray().Single(club => club.GetProperty("id").GetString() == reference);
        var clubs = new ClubsService.ClubsServiceClient(system.Grpc);
        var club = await clubs.RegisterClubAsync(new RegisterClubRequest
        {
            Name = details.GetProperty("name").GetString(),
            Commune = details.GetProperty("commune").GetString() ?? "",
            Department = details.GetProperty("department").GetString(),
            CreatedOn = "2023-01-10",
        });
        var members = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var person = await clubs.RegisterPersonAsync(new RegisterPersonRequest { FullName = $"Cigalier {i} of {reference}" });
            await clubs.JoinClubAsync(new JoinClubRequest { ClubId = club.ClubId, PersonId = person.PersonId, On = "2023-01-10" });
            members.Add(person.PersonId);
        }

        foreach (var (role, member) in new[] { (OfficerRole.Manager, members[0]), (OfficerRole.Treasurer, members[1]), (OfficerRole.Secretary, members[2]) })
        {
            await clubs.AssignOfficerAsync(new AssignOfficerRequest { ClubId = club.ClubId, Role = role, PersonId = member, On = "2023-01-10" });
        }

        await clubs.ChangeClubStatusAsync(new ChangeClubStatusRequest { ClubId = club.ClubId, To = ClubStatus.Investing, On = "2023-02-01", Reason = "constituted" });
        await clubs.RecordContributionAsync(new RecordContributionRequest
        {
            ClubId = club.ClubId, RequestId = Guid.NewGuid().ToString(), PersonId = members[3], Month = "2023-12", Amount = new Money { Cents = 1_000_000 }, PaidOn = "2023-12-15",
        });
        return club.ClubId;
    }

    private static object Enterprise(JsonElement row)
    {
        var form = row.GetProperty("legal_form").GetString() switch
        {
            "association" => "LEGAL_FORM_ASSOCIATION",
            "sole trader" => "LEGAL_FORM_SOLE_TRADER",
            "SAS" => "LEGAL_FORM_SAS",
            "SARL" => "LEGAL_FORM_SARL",
            "SCOP" => "LEGAL_FORM_SCOP",
            "couveuse" => "LEGAL_FORM_COUVEUSE",
            "CAE" => "LEGAL_FORM_CAE",
            var other => throw new InvalidOperationException($"legal form {other}"),
        };
        var stage = row.GetProperty("stage").GetString() switch
        {
            "C" => "ENTERPRISE_STAGE_CREATION",
            "D" => "ENTERPRISE_STAGE_DEVELOPMENT",
            "R" => "ENTERPRISE_STAGE_TAKEOVER",
            _ => "ENTERPRISE_STAGE_UNSPECIFIED",
        };
        // Companies taking shares need a known capital: ten times the round, well within the limits.
        var capital = form is "LEGAL_FORM_SAS" or "LEGAL_FORM_SARL" or "LEGAL_FORM_SCOP" ? new { cents = row.GetProperty("amount_cents").GetInt64() * 10 } : null;
        return new
        {
            name = row.GetProperty("enterprise").GetString(),
            legalForm = form,
            activity = row.GetProperty("activity").GetString(),
            town = row.GetProperty("town").GetString(),
            department = "62",
            stage,
            shareCapital = capital,
        };
    }

    private static string Instrument(JsonElement row) => row.GetProperty("legal_form").GetString() switch
    {
        "association" => "INSTRUMENT_CONTRIBUTION_WITH_RIGHT_OF_RECOVERY",
        "SAS" or "SARL" or "SCOP" => "INSTRUMENT_EQUITY_SHARES",
        _ => "INSTRUMENT_LOAN",
    };

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await system.Json.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
