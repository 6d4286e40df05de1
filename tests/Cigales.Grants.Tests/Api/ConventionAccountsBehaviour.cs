using System.Net;
using System.Net.Http.Json;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using Cigales.Testing;
using Google.Rpc;
using Grpc.Core;

namespace Cigales.Grants.Tests.Api;

/// <summary>Through the API: the beneficiary's bank details, the expenses of the actual budget, a decision's shares in the open data.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConventionAccountsBehaviour(GrantsServiceHost service)
{
    private readonly GrantsService.GrantsServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    private async Task<(ConventionTerms Terms, string Id)> SignedAsync()
    {
        var terms = await ConventionRequests.PartiesAndLineAsync(_grpc);
        return (terms, await ConventionRequests.SignedAsync(_grpc, terms));
    }

    [Fact]
    public async Task BankDetailsAreRecordedThroughJsonAndTheFundersOfficerSeesThem()
    {
        var (terms, id) = await SignedAsync();

        var put = await _json.PutAsJsonAsync($"/v1/conventions/{id}/bank-details", new { bankDetails = new { iban = "FR76 3000 6000 0112 3456 7890 189", bic = "agrifrpp882" } });
        var officer = new GrantsService.GrantsServiceClient(service.ChannelWith(
            TestTokens.For("officer", Roles.Funder, terms.Funder.OrganisationId, [Scopes.Read("grants")])));
        var seen = await officer.GetConventionAsync(new GetConventionRequest { ConventionId = id });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(("FR7630006000011234567890189", "AGRIFRPP882"), (seen.BankDetails.Iban, seen.BankDetails.Bic));
    }

    [Fact]
    public async Task AWrongIbanIsRefusedNamingTheFieldAndNothingIsStored()
    {
        var (_, id) = await SignedAsync();
        var eventsBefore = await service.CountEventsAsync();

        var refused = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "bank_details.iban", () => _grpc.RecordBankDetailsAsync(new RecordBankDetailsRequest
        {
            ConventionId = id,
            BankDetails = new BankDetails { Iban = "FR7630006000011234567890188", Bic = "AGRIFRPP" },
        }).ResponseAsync);

        Assert.Equal("iban.check_digits", refused.Reason);
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task AFundersOfficerRecordsNoBankDetails()
    {
        var (terms, id) = await SignedAsync();
        var officer = new GrantsService.GrantsServiceClient(service.ChannelWith(TestTokens.For("officer", Roles.Funder, terms.Funder.OrganisationId, Scopes.All)));

        var refused = await Assert.ThrowsAsync<RpcException>(() => officer.RecordBankDetailsAsync(new RecordBankDetailsRequest
        {
            ConventionId = id,
            BankDetails = new BankDetails { Iban = "FR7630006000011234567890189", Bic = "AGRIFRPP" },
        }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact]
    public async Task AnExpenseIsRecordedOncePerKeyAndSummedByTheFinalReportsDraft()
    {
        var (_, id) = await SignedAsync();
        var expense = new RecordExpenseRequest
        {
            ConventionId = id, RequestId = Guid.NewGuid().ToString(), On = "2025-06-12", Amount = new Money { Cents = 8_420 }, Line = "Frais de déplacement", Label = "Train Arras–Lille",
        };

        await _grpc.RecordExpenseAsync(expense);
        var retried = await _grpc.RecordExpenseAsync(expense);
        var reused = await Statuses.RefusedByRuleAsync(StatusCode.AlreadyExists, "expense.key_reused",
            () => _grpc.RecordExpenseAsync(new RecordExpenseRequest(expense) { Amount = new Money { Cents = 9_000 } }).ResponseAsync);
        var draft = await _grpc.GetFinalReportDraftAsync(new GetFinalReportDraftRequest { ConventionId = id });

        Assert.Equal(("Frais de déplacement", 8_420L), retried.Expenses.Select(e => (e.Line, e.Amount.Cents)).Single());
        Assert.Contains("Train Arras–Lille", reused, StringComparison.Ordinal);
        Assert.Equal(8_420, draft.Lines.Single(line => line.Label == "Frais de déplacement").Actual.Cents);
    }

    [Fact]
    public async Task AnExpenseOutsideThePeriodIsRefusedAsJsonNamingTheField()
    {
        var (_, id) = await SignedAsync();

        var response = await _json.PostAsJsonAsync($"/v1/conventions/{id}/expenses", new
        {
            requestId = Guid.NewGuid().ToString(), on = "2024-12-20", amount = new { cents = 8_420 }, line = "Frais de déplacement", label = "Train Arras–Lille",
        });

        await Statuses.RefusedAsJsonAsync(response, 400, "on");
    }

    [Fact]
    public async Task ADecisionSplitBetweenTwoBeneficiariesIsExportedOneRowEach()
    {
        var terms = await ConventionRequests.PartiesAndLineAsync(_grpc);
        var other = await _grpc.RegisterOrganisationAsync(new RegisterOrganisationRequest { Name = "L'Atelier Solidaire", Siret = "73282932000017" });
        terms.Shares.Add(new BeneficiaryShare { OrganisationId = terms.Beneficiary.OrganisationId, Share = 0.8 });
        terms.Shares.Add(new BeneficiaryShare { OrganisationId = other.OrganisationId, Share = 0.2 });
        await ConventionRequests.SignedAsync(_grpc, terms);

        var csv = await _json.GetStringAsync($"/v1/open-data/subventions?funderId={terms.Funder.OrganisationId}&year=2025");
        var lines = csv.Split("\r\n");

        Assert.Equal(4, lines.Length);
        Assert.EndsWith(",9900.00,aide en numéraire,unique,2025-06-02,,non,0.8,Mission ESS", lines[1], StringComparison.Ordinal);
        Assert.Contains(",L'Atelier Solidaire,73282932000017,,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",non,0.2,Mission ESS", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharesThatDoNotAddUpToOneAreRefused()
    {
        var terms = await ConventionRequests.PartiesAndLineAsync(_grpc);
        terms.Shares.Add(new BeneficiaryShare { OrganisationId = terms.Beneficiary.OrganisationId, Share = 0.7 });

        var exception = await Assert.ThrowsAsync<RpcException>(() => _grpc.DraftConventionAsync(new DraftConventionRequest { Terms = terms }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        Assert.Equal(("terms.shares", "convention.shares_total"), exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => (v.Field, v.Reason)).Single());
    }
}
