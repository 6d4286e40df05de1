using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Security;
using Cigales.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.Finance.Tests.Api;

/// <summary>
/// Through the Finance API: an investment disbursed in several payments and its repayments one by
/// one; a partner's co-financing recorded through the partners' API counted in the enterprise's
/// financing; the figures of the projects financed together with the partners.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PaymentsAndCoFinancingApi(FinanceServiceHost service)
{
    private const string Pca = "pas-de-calais-actif";
    private const string FranceActive = "france-active-hdf";
    private static readonly DateOnly Since = new(2024, 1, 15);
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly FinanceService.FinanceServiceClient _staff = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    private FinanceService.FinanceServiceClient AsPartner(string partner) =>
        new(service.ChannelWith(TestTokens.For($"client-{partner}", Roles.Partner, partner, [Scopes.Read("finance"), Scopes.Write("finance")])));

    private Task<string> ClubAsync() =>
        InvestingClubs.CreateAsync(service.Services.GetRequiredService<IGrainFactory>(), service.Services.GetRequiredService<IDocumentStore>(), 1_000_000, Since, "Cigales du Boulonnais");

    private async Task<(string Holder, string Enterprise)> SharedProjectAsync(string name)
    {
        var holder = (await _staff.RegisterProjectHolderAsync(new RegisterProjectHolderRequest { ProjectName = name, Activity = "Traiteur bio", Town = "Saint-Martin", Department = "62", WelcomedOn = "2024-01-20" })).ProjectHolderId;
        await _staff.ShareProjectAsync(new ShareProjectRequest { ProjectHolderId = holder, Summary = $"{name} : 4 emplois", AmountSought = new Money { Cents = 40_000_000 }, On = "2024-02-01" });
        var enterprise = await _staff.RegisterEnterpriseAsync(new RegisterEnterpriseRequest
        {
            Name = name, LegalForm = LegalForm.Scop, Activity = "Traiteur bio", Town = "Saint-Martin", Department = "62", Stage = EnterpriseStage.Creation, HolderId = holder,
            ShareCapital = new Money { Cents = 10_000_000 },
        });
        return (holder, enterprise.EnterpriseId);
    }

    private static RecordPartnerCoFinancingRequest CoFinancing(string holder, string partner, long cents, CoFinancingStatus status) => new()
    {
        ProjectHolderId = holder,
        PartnerId = partner,
        RequestId = Guid.NewGuid().ToString(),
        PartnerName = partner,
        Amount = new Money { Cents = cents },
        Instrument = Instrument.Loan,
        Status = status,
        On = "2024-06-01",
    };

    private async Task<Investment> CommittedAsync(string club, string enterprise, long cents) => await _staff.RecordInvestmentAsync(new RecordInvestmentRequest
    {
        RequestId = Guid.NewGuid().ToString(),
        ClubId = club,
        EnterpriseId = enterprise,
        Amount = new Money { Cents = cents },
        Instrument = Instrument.EquityShares,
        DecidedOn = "2024-03-01",
        Vote = new Vote { For = 3, Against = 1, Abstentions = 1, Rule = VoteRule.Majority },
    });

    [Fact]
    public async Task AnInvestmentIsPaidInSeveralPaymentsByJsonAndListsThemWithItsRepayments()
    {
        var (_, enterprise) = await SharedProjectAsync("Littoral Bio");
        var investment = await CommittedAsync(await ClubAsync(), enterprise, 300_000);
        var firstKey = Guid.NewGuid();

        var first = await _json.PostAsJsonAsync($"/v1/investments/{investment.InvestmentId}/disbursement", new { requestId = firstKey, amount = new { cents = 7_500 }, on = "2024-04-01" });
        var again = await _json.PostAsJsonAsync($"/v1/investments/{investment.InvestmentId}/disbursement", new { requestId = firstKey, amount = new { cents = 7_500 }, on = "2024-04-01" });
        var beyond = await _json.PostAsJsonAsync($"/v1/investments/{investment.InvestmentId}/disbursement", new { requestId = Guid.NewGuid(), amount = new { cents = 292_501 }, on = "2024-05-01" });
        first.EnsureSuccessStatusCode();
        using var partly = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var rest = await _staff.DisburseInvestmentAsync(new DisburseInvestmentRequest { InvestmentId = investment.InvestmentId, On = "2025-02-01" });
        await _staff.RecordRepaymentAsync(new RecordRepaymentRequest { InvestmentId = investment.InvestmentId, RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 50_000 }, On = "2025-06-01" });
        var repaid = await _staff.RecordRepaymentAsync(new RecordRepaymentRequest { InvestmentId = investment.InvestmentId, RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 25_000 }, On = "2025-07-01" });

        Assert.Equal(("INVESTMENT_STATUS_PARTLY_DISBURSED", "292500"), (partly.RootElement.GetProperty("status").GetString(), partly.RootElement.GetProperty("stillToDisburse").GetProperty("cents").ToString()));
        Assert.Equal(200, (int)again.StatusCode);
        Assert.Equal(400, (int)beyond.StatusCode);
        Assert.Contains("disbursement.within_commitment", await beyond.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((InvestmentStatus.Disbursed, "2025-02-01", 0L), (rest.Status, rest.DisbursedOn, rest.StillToDisburse.Cents));
        Assert.Equal([(7_500L, "2024-04-01"), (292_500L, "2025-02-01")], rest.Payments.Select(payment => (payment.Amount.Cents, payment.On)));
        Assert.Equal([50_000L, 25_000L], repaid.Repayments.Select(repayment => repayment.Amount.Cents));
        var listed = await _staff.ListInvestmentsAsync(new ListInvestmentsRequest { EnterpriseId = enterprise });
        Assert.Equal(repaid.Payments, Assert.Single(listed.Investments).Payments);
        Assert.Equal(repaid.Repayments, listed.Investments[0].Repayments);
    }

    [Fact]
    public async Task APartnersCommittedCoFinancingCountsInTheEnterprisesFinancingAndLeverage()
    {
        var (holder, enterprise) = await SharedProjectAsync("Recyclerie du Ternois");
        await CommittedAsync(await ClubAsync(), enterprise, 200_000);
        await AsPartner(Pca).RecordPartnerCoFinancingAsync(CoFinancing(holder, Pca, 600_000, CoFinancingStatus.Committed));
        await AsPartner(FranceActive).RecordPartnerCoFinancingAsync(CoFinancing(holder, FranceActive, 900_000, CoFinancingStatus.Proposed));

        var financed = await _staff.GetEnterpriseAsync(new GetEnterpriseRequest { EnterpriseId = enterprise });
        var listed = (await _staff.ListEnterprisesAsync(new ListEnterprisesRequest { Page = new PageRequest { Size = 100 } })).Enterprises.Single(item => item.EnterpriseId == enterprise);

        Assert.Equal((800_000L, 200_000L, 4.0), (financed.TotalFinancing.Cents, financed.ClubsFinancing.Cents, financed.Leverage));
        Assert.Equal([Pca, FranceActive], financed.PartnerCoFinancings.Select(coFinancing => coFinancing.PartnerId));
        Assert.Equal((800_000L, 4.0), (listed.TotalFinancing.Cents, listed.Leverage));
    }

    [Fact]
    public async Task StaffSeeTheProjectsFinancedWithThePartnersAndAPartnerItsOwnOnly()
    {
        var (withClubs, enterprise) = await SharedProjectAsync("Maltery Flandres");
        var (partnersOnly, _) = await SharedProjectAsync("Ferme des Hauts");
        await CommittedAsync(await ClubAsync(), enterprise, 220_000);
        await AsPartner(Pca).RecordPartnerCoFinancingAsync(CoFinancing(withClubs, Pca, 1_000_000, CoFinancingStatus.Disbursed));
        await AsPartner(FranceActive).RecordPartnerCoFinancingAsync(CoFinancing(withClubs, FranceActive, 500_000, CoFinancingStatus.Committed));
        await AsPartner(FranceActive).RecordPartnerCoFinancingAsync(CoFinancing(partnersOnly, FranceActive, 300_000, CoFinancingStatus.Committed));

        var staff = await _staff.GetCoFinancedProjectsAsync(new GetCoFinancedProjectsRequest());
        var pca = await AsPartner(Pca).GetCoFinancedProjectsAsync(new GetCoFinancedProjectsRequest());
        var json = await _json.GetFromJsonAsync<JsonElement>("/v1/portfolio/co-financed-projects?asOf=2024-05-31");

        var both = staff.Rows.Single(row => row.ProjectHolderId == withClubs);
        Assert.Equal((220_000L, 1_500_000L, 1_720_000L), (both.FromClubs.Cents, both.FromPartners.Cents, both.TotalRaised.Cents));
        Assert.Equal(0, staff.Rows.Single(row => row.ProjectHolderId == partnersOnly).FromClubs.Cents);
        Assert.Equal((staff.Rows.Count, staff.Rows.Count(row => row.FromClubs.Cents > 0)), (staff.Projects, staff.ProjectsWithClubs));
        Assert.Equal(staff.Rows.Sum(row => row.TotalRaised.Cents), staff.TotalRaised.Cents);
        Assert.All(pca.Rows, row => Assert.Equal([Pca], row.PartnerIds));
        Assert.Equal(1_000_000L, pca.Rows.Single(row => row.ProjectHolderId == withClubs).FromPartners.Cents);
        Assert.DoesNotContain(pca.Rows, row => row.ProjectHolderId == partnersOnly);
        Assert.DoesNotContain(json.GetProperty("rows").EnumerateArray(), row => row.GetProperty("projectHolderId").GetString() == withClubs);
    }
}
