using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;

namespace Cigales.IntegrationTests;

/// <summary>The 2025 convention with the Département, as the end-to-end tests draft it through the gateway.</summary>
public static class The2025Convention
{
    /// <summary>The Département, the association, the Mission ESS line and the 2025 convention drafted, by JSON and gRPC.</summary>
    public static async Task<(string ConventionId, string FunderId, string BudgetLineId)> DraftAsync(WholeSystem system)
    {
        var grants = new GrantsService.GrantsServiceClient(system.Grpc);
        var funder = await PostJsonAsync(system, "/v1/organisations", new { name = "Département du Pas-de-Calais", siret = "22620001200012" });
        var beneficiary = await grants.RegisterOrganisationAsync(new RegisterOrganisationRequest { Name = "Les Cigales des Hauts-de-France", Siret = "38035677400055" });
        var funderId = funder.GetProperty("organisationId").GetString()!;
        var line = await grants.OpenBudgetLineAsync(new OpenBudgetLineRequest
        {
            FunderId = funderId, Year = 2025, Operation = "C01-650A01", Imputation = "6568//9365", Label = "Mission ESS", Credits = new Money { Cents = 10_000_000 },
        });

        var drafted = await PostJsonAsync(system, "/v1/conventions", new
        {
            terms = new
            {
                fileNumber = "2025-02585",
                @object = "Partenariat 2025 — économie sociale et solidaire",
                funder = new { organisationId = funderId },
                beneficiary = new { organisationId = beneficiary.OrganisationId },
                axes = new[] { new { number = 1, title = "Budget citoyen", staffDays = 12, volunteerHours = 230 }, new { number = 2, title = "Maillage", staffDays = 12, volunteerHours = 270 }, new { number = 3, title = "Rencontres", staffDays = 6, volunteerHours = 200 } },
                provisionalBudget = new
                {
                    charges = new object[]
                    {
                        new { label = "Prestations salariat", amount = new { cents = 1_095_000 }, kind = "BUDGET_ITEM_KIND_STAFF", quantity = 30 },
                        new { label = "Frais de déplacement", amount = new { cents = 184_000 } },
                        new { label = "Mission - réception", amount = new { cents = 11_000 } },
                        new { label = "Valorisation du bénévolat", amount = new { cents = 1_400_000 }, kind = "BUDGET_ITEM_KIND_VOLUNTEER", quantity = 700 },
                    },
                    products = new object[]
                    {
                        new { label = "Département 62", amount = new { cents = 990_000 } },
                        new { label = "Auto-financement", amount = new { cents = 300_000 } },
                        new { label = "Valorisation du bénévolat", amount = new { cents = 1_400_000 }, kind = "BUDGET_ITEM_KIND_VOLUNTEER", quantity = 700 },
                    },
                },
                rates = new { staffDay = new { cents = 36_500 }, volunteerHour = new { cents = 2_000 } },
                grant = new { cents = 990_000 },
                period = new { start = "2025-01-01", end = "2025-12-31" },
                schedule = new[] { new { amount = new { cents = 990_000 }, condition = "at signature" } },
                finalReportDue = "2026-06-01",
                rules = new { clawbackMonthsAfterEnd = 6, extensionRequestMonthsBeforeEnd = 6, terminationNoticeMonths = 1 },
                budgetLineId = line.BudgetLineId,
            },
        });
        return (drafted.GetProperty("conventionId").GetString()!, funderId, line.BudgetLineId);
    }

    public static async Task<JsonElement> PostJsonAsync(WholeSystem system, string path, object body)
    {
        using var response = await system.Json.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
