using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Testing;
using Grpc.Core;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cigales.Finance.Tests.Api;

/// <summary>Enterprises, investments, co-financing and the portfolio through the Finance API, by gRPC and JSON.</summary>
[Collection(ApiCollection.Name)]
public sealed class InvestmentApiBehaviour(FinanceServiceHost service)
{
    private static readonly DateOnly Since = new(2024, 1, 15);

    private readonly FinanceService.FinanceServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    private Task<string> ClubAsync(long savings, string name = "Cigales de la Canche") =>
        InvestingClubs.CreateAsync(service.Services.GetRequiredService<IGrainFactory>(), service.Services.GetRequiredService<IDocumentStore>(), savings, Since, name);

    private async Task<Enterprise> EnterpriseAsync(string name, LegalForm form, string department = "62", long? capital = null, string territory = "")
    {
        var request = new RegisterEnterpriseRequest
        {
            Name = name,
            LegalForm = form,
            Activity = "Activité",
            Town = "Arras",
            Department = department,
            Territory = territory,
            Stage = EnterpriseStage.Creation,
        };
        if (capital is { } cents)
        {
            request.ShareCapital = new Money { Cents = cents };
        }

        return await _grpc.RegisterEnterpriseAsync(request);
    }

    private static RecordInvestmentRequest Investment(string club, string enterprise, long cents, Instrument instrument, string decided = "2024-03-01", string disbursed = "2024-03-05") => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        ClubId = club,
        EnterpriseId = enterprise,
        Amount = new Money { Cents = cents },
        Instrument = instrument,
        DecidedOn = decided,
        DisbursedOn = disbursed,
        Vote = new Vote { For = 3, Against = 1, Abstentions = 1 },
    };

    [Fact]
    public async Task ACommittedInvestmentIsCancelledByJsonAndTheClubHasItsFundsBack()
    {
        var club = await ClubAsync(500_000, "Cigales du Ternois");
        var enterprise = await EnterpriseAsync("La Cantine Solidaire", LegalForm.Association);
        var committed = await _grpc.RecordInvestmentAsync(Investment(club, enterprise.EnterpriseId, 200_000, Instrument.Loan, disbursed: ""));

        var response = await _json.PostAsJsonAsync($"/v1/investments/{committed.InvestmentId}/cancellation", new
        {
            requestId = Guid.NewGuid(),
            on = "2024-04-02",
            reason = "le projet est abandonné",
        });
        response.EnsureSuccessStatusCode();
        using var cancelled = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var refused = await _json.PostAsJsonAsync($"/v1/investments/{committed.InvestmentId}/cancellation", new { requestId = Guid.NewGuid(), on = "2024-04-03", reason = "encore" });

        Assert.Equal("INVESTMENT_STATUS_CANCELLED", cancelled.RootElement.GetProperty("status").GetString());
        Assert.Equal("le projet est abandonné", cancelled.RootElement.GetProperty("abandonedBecause").GetString());
        Assert.Equal(400, (int)refused.StatusCode);
        var funds = await service.Services.GetRequiredService<IGrainFactory>().GetGrain<Cigales.GrainInterfaces.Clubs.IClubFundsGrain>(club).GetAvailableFundsAsync();
        Assert.Equal(SharedKernel.Money.FromCents(500_000), funds);
    }

    [Fact]
    public async Task AnEnterpriseIsRegisteredWithItsIdentifiersCheckedAndItsInseeCategory()
    {
        var response = await _json.PostAsJsonAsync("/v1/enterprises", new
        {
            name = "Petites Graines d'Avenir",
            rna = "W623009876",
            legalForm = "LEGAL_FORM_ASSOCIATION",
            activity = "École Montessori",
            town = "Seninghem",
            communeCode = "62789",
            department = "62",
            stage = "ENTERPRISE_STAGE_CREATION",
        });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("9220", json.RootElement.GetProperty("legalCategory").GetString());
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "siret", () => _grpc.RegisterEnterpriseAsync(new RegisterEnterpriseRequest
        {
            Name = "X", Siret = "38035677400056", LegalForm = LegalForm.Sas, Activity = "a", Town = "t", Department = "62",
        }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(await _json.PostAsJsonAsync("/v1/enterprises", new { name = "X", rna = "W12", legalForm = "LEGAL_FORM_ASSOCIATION", activity = "a", town = "t", department = "62" }), 400, "rna");
    }

    [Fact]
    public async Task AnInvestmentIsRecordedByJsonAndTakesTheCashFromTheClub()
    {
        var club = await ClubAsync(1_000_000);
        var enterprise = await EnterpriseAsync("Club Autruche", LegalForm.Sas, capital: 600_000);

        var response = await _json.PostAsJsonAsync("/v1/investments", new
        {
            requestId = Guid.NewGuid(),
            clubId = club,
            enterpriseId = enterprise.EnterpriseId,
            amount = new { cents = 20_000 },
            instrument = "INSTRUMENT_EQUITY_SHARES",
            decidedOn = "2024-03-01",
            disbursedOn = "2024-03-05",
            vote = new { @for = 5, against = 0, abstentions = 0, rule = "VOTE_RULE_UNANIMITY" },
        });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var investment = await _grpc.GetInvestmentAsync(new GetInvestmentRequest { InvestmentId = json.RootElement.GetProperty("investmentId").GetString() });

        Assert.Equal((InvestmentStatus.Disbursed, 20_000L, "2024-03-05"), (investment.Status, investment.Amount.Cents, investment.DisbursedOn));
        var listed = await _grpc.ListInvestmentsAsync(new ListInvestmentsRequest { ClubId = club, Year = 2024 });
        Assert.Equal(investment.InvestmentId, Assert.Single(listed.Investments).InvestmentId);
    }

    [Fact]
    public async Task AVoteThatDoesNotCarryIsRefusedAndNothingIsStored()
    {
        var club = await ClubAsync(1_000_000);
        var enterprise = await EnterpriseAsync("Uthopia", LegalForm.Association);
        var request = Investment(club, enterprise.EnterpriseId, 300_000, Instrument.ContributionWithRightOfRecovery);
        request.Vote = new Vote { For = 2, Against = 3, Rule = VoteRule.Unanimity };
        var eventsBefore = await service.CountEventsAsync();

        var message = await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "vote.carries", () => _grpc.RecordInvestmentAsync(request).ResponseAsync);

        // The rule the request names is ignored: the club's own (a simple majority by default) decides.
        Assert.Equal("the vote does not carry by majority, the club's rule: 2 for, 3 against, 0 abstentions", message);
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task ALimitOnAStakeIsRefusedWithTheFiguresAndTheClubKeepsItsFunds()
    {
        var club = await ClubAsync(1_000_000);
        var enterprise = await EnterpriseAsync("Plan BEEE", LegalForm.Sarl, capital: 1_000_000);

        var message = await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "stake.limit",
            () => _grpc.RecordInvestmentAsync(Investment(club, enterprise.EnterpriseId, 300_000, Instrument.EquityShares)).ResponseAsync);
        var advance = await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "instrument.advance_threshold",
            () => _grpc.RecordInvestmentAsync(Investment(club, enterprise.EnterpriseId, 10_000, Instrument.CurrentAccountAdvance)).ResponseAsync);

        Assert.Equal("a club holds at most 25 % of an SARL's capital: the club would hold 30 % (3 000,00 € of 10 000,00 €)", message);
        Assert.StartsWith("a current-account advance needs the club to hold at least 5 %", advance);
        Assert.Equal(0, (await _grpc.GetEnterpriseAsync(new GetEnterpriseRequest { EnterpriseId = enterprise.EnterpriseId })).ClubsFinancing.Cents);
    }

    [Fact]
    public async Task CoFinancingGivesTheProjectsTotalTheClubsShareAndTheLeverage()
    {
        var club = await ClubAsync(1_000_000);
        var enterprise = await EnterpriseAsync("Littoral Bio", LegalForm.Scop, capital: 5_000_000);
        await _grpc.RecordInvestmentAsync(Investment(club, enterprise.EnterpriseId, 300_000, Instrument.EquityShares));

        var financed = await _grpc.RecordCoFinancingAsync(new RecordCoFinancingRequest
        {
            EnterpriseId = enterprise.EnterpriseId,
            RequestId = Guid.NewGuid().ToString(),
            PartnerId = "pas-de-calais-actif",
            PartnerName = "Pas-de-Calais Actif",
            Amount = new Money { Cents = 1_200_000 },
            Instrument = Instrument.Loan,
            On = "2024-04-01",
        });

        Assert.Equal((1_500_000L, 300_000L, 5.0), (financed.TotalFinancing.Cents, financed.ClubsFinancing.Cents, financed.Leverage));
        Assert.Equal("Pas-de-Calais Actif", Assert.Single(financed.CoFinancing).PartnerName);
    }

    [Fact]
    public async Task TheYearlyTableHoldingsAndFiguresReportTheInvestments()
    {
        var department = "59";
        var (first, second) = (await ClubAsync(1_000_000, "Cigales du Nord"), await ClubAsync(1_000_000, "Cigales de Lille"));
        var archiverre = await EnterpriseAsync("Archiverre - À petits pas", LegalForm.Couveuse, department, territory: "Montreuillois");
        var maltery = await EnterpriseAsync("Maltery Flandres", LegalForm.Association, department);
        await _grpc.RecordInvestmentAsync(Investment(first, archiverre.EnterpriseId, 150_000, Instrument.Loan));
        await _grpc.RecordInvestmentAsync(Investment(second, archiverre.EnterpriseId, 150_000, Instrument.Loan, disbursed: ""));
        var malt = await _grpc.RecordInvestmentAsync(Investment(first, maltery.EnterpriseId, 220_000, Instrument.ContributionWithRightOfRecovery));
        await _grpc.RecordRepaymentAsync(new RecordRepaymentRequest { InvestmentId = malt.InvestmentId, RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 20_000 }, On = "2024-09-01" });

        var table = await _grpc.GetYearlyTableAsync(new GetYearlyTableRequest { Department = department, Year = 2024 });
        var holdings = await _grpc.ListHoldingsAsync(new ListHoldingsRequest { Year = 2024, Department = department });
        var mine = await _grpc.ListHoldingsAsync(new ListHoldingsRequest { Year = 2024, ClubId = second });
        using var json = JsonDocument.Parse(await _json.GetStringAsync($"/v1/portfolio/yearly-table?department={department}&year=2024"));

        Assert.Equal((520_000L, 370_000L, 2, 3), (table.Total.Cents, table.Disbursed.Cents, table.Enterprises, table.Investments));
        var row = table.Rows.Single(line => line.EnterpriseId == archiverre.EnterpriseId);
        Assert.Equal(["Cigales de Lille", "Cigales du Nord"], row.Clubs.Select(c => c.Name).Order());
        Assert.Equal(520_000, json.RootElement.GetProperty("total").GetProperty("cents").GetInt64());
        Assert.Equal(350_000, holdings.Outstanding.Cents);
        Assert.Empty(mine.Holdings_);
    }

    [Fact]
    public async Task APipelineIsWalkedAndCounted()
    {
        var club = await ClubAsync(0);
        var holder = await _grpc.RegisterProjectHolderAsync(new RegisterProjectHolderRequest
        {
            ProjectName = "Maltery Flandres",
            Activity = "Micro-malterie d'orge",
            Town = "Bailleul",
            WelcomedOn = "2024-01-10",
            Origin = new Origin { Kind = OriginKind.Partner, Reference = "bge-hdf" },
        });
        await _grpc.AdvanceProjectHolderAsync(new AdvanceProjectHolderRequest { ProjectHolderId = holder.ProjectHolderId, Stage = PipelineStage.Pitched, On = "2024-04-20", Origin = new Origin { Kind = OriginKind.Event, Reference = "ccf-2024-04" } });
        var studied = await _grpc.AdvanceProjectHolderAsync(new AdvanceProjectHolderRequest { ProjectHolderId = holder.ProjectHolderId, Stage = PipelineStage.Studied, On = "2024-05-15", ClubIds = { club } });

        var figures = await _grpc.GetPipelineFiguresAsync(new GetPipelineFiguresRequest { Period = new DateRange { Start = "2024-01-01", End = "2024-12-31" } });

        Assert.Equal([PipelineStage.Welcomed, PipelineStage.Pitched, PipelineStage.Studied], studied.Steps.Select(step => step.Stage));
        Assert.Equal([club], studied.Steps[^1].ClubIds);
        Assert.True(figures.Welcomed >= 1 && figures.Studied >= 1);
        var other = await _grpc.RegisterProjectHolderAsync(new RegisterProjectHolderRequest { ProjectName = "p", Activity = "a", Town = "t", WelcomedOn = "2025-01-01" });
        await Statuses.RefusedAsync(StatusCode.InvalidArgument, "club_ids", () => _grpc.AdvanceProjectHolderAsync(
            new AdvanceProjectHolderRequest { ProjectHolderId = other.ProjectHolderId, Stage = PipelineStage.Studied, On = "2026-01-01" }).ResponseAsync);
    }
}
