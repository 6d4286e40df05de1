using System.Net;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Grants.Tests.Api;

/// <summary>
/// Straight to the service, as a funder's officer: its deadlines, budget lines, parties and open
/// data, never another funder's; the payments and recovery orders it records on its own conventions.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FunderSelfServiceBehaviour(GrantsServiceHost service)
{
    private readonly GrantsService.GrantsServiceClient _staff = new(service.Channel);

    private static string Token(string funderId) => TestTokens.For($"funder-{funderId}", Roles.Funder, funderId, [.. Scopes.ForRole(Roles.Funder)]);

    private GrantsService.GrantsServiceClient AsFunder(string funderId) => new(service.ChannelWith(Token(funderId)));

    private async Task<(ConventionTerms Terms, string ConventionId)> SignedAsync()
    {
        var terms = await ConventionRequests.PartiesAndLineAsync(_staff);
        return (terms, await ConventionRequests.SignedAsync(_staff, terms));
    }

    private static RecordGrantPaymentRequest Payment(string conventionId, string key) => new()
    {
        ConventionId = conventionId, RequestId = key, Amount = new Money { Cents = TheConvention2025.Grant.Cents }, On = "2025-06-20",
    };

    [Fact]
    public async Task AFunderReadsItsOwnDeadlinesBudgetLinesPartiesAndOpenDataOnly()
    {
        var (terms, convention) = await SignedAsync();
        var (otherTerms, otherConvention) = await SignedAsync();
        var client = AsFunder(terms.Funder.OrganisationId);
        await _staff.ScanDeadlinesAsync(new ScanDeadlinesRequest { AsOf = "2025-06-10" });

        var deadlines = await client.GetDeadlinesAsync(new GetDeadlinesRequest { AsOf = "2025-06-10" });
        var notifications = await client.ListNotificationsAsync(new ListNotificationsRequest { Limit = 1000 });
        var lines = await client.ListBudgetLinesAsync(new ListBudgetLinesRequest());
        var line = await client.GetBudgetLineAsync(new GetBudgetLineRequest { BudgetLineId = terms.BudgetLineId });
        var beneficiary = await client.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = terms.Beneficiary.OrganisationId });
        using var csv = await service.ClientWith(Token(terms.Funder.OrganisationId)).GetAsync($"/v1/open-data/subventions?funderId={terms.Funder.OrganisationId}&year=2025");

        Assert.Equal([convention], deadlines.Obligations.Select(item => item.ConventionId).Distinct());
        Assert.Equal([convention], notifications.Notifications_.Select(item => item.ConventionId).Distinct());
        Assert.Equal([terms.BudgetLineId], lines.BudgetLines.Select(item => item.BudgetLineId));
        Assert.Equal(terms.BudgetLineId, line.BudgetLineId);
        Assert.Equal(terms.Beneficiary.OrganisationId, beneficiary.OrganisationId);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(2, (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var otherLine = await Assert.ThrowsAsync<RpcException>(() => client.GetBudgetLineAsync(new GetBudgetLineRequest { BudgetLineId = otherTerms.BudgetLineId }).ResponseAsync);
        var otherParty = await Assert.ThrowsAsync<RpcException>(() => client.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = otherTerms.Beneficiary.OrganisationId }).ResponseAsync);
        var otherLines = await Assert.ThrowsAsync<RpcException>(() => client.ListBudgetLinesAsync(new ListBudgetLinesRequest { FunderId = otherTerms.Funder.OrganisationId }).ResponseAsync);
        var otherExport = await Assert.ThrowsAsync<RpcException>(() => client.ExportSubventionsAsync(new ExportSubventionsRequest { FunderId = otherTerms.Funder.OrganisationId, Year = 2025 }).ResponseAsync);
        var otherPayment = await Assert.ThrowsAsync<RpcException>(() => client.RecordGrantPaymentAsync(Payment(otherConvention, Guid.NewGuid().ToString())).ResponseAsync);

        Assert.Equal((StatusCode.NotFound, StatusCode.NotFound), (otherLine.StatusCode, otherParty.StatusCode));
        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (otherLines.StatusCode, otherExport.StatusCode));
        Assert.Equal(StatusCode.NotFound, otherPayment.StatusCode);
    }

    [Fact]
    public async Task AFunderPaysOrdersARecoveryAndRecordsItsRepaymentOnItsOwnConvention()
    {
        var (terms, convention) = await SignedAsync();
        var client = AsFunder(terms.Funder.OrganisationId);
        var paymentKey = Guid.NewGuid().ToString();
        var order = new OrderRecoveryRequest
        {
            ConventionId = convention, RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 90_000 },
            On = "2025-09-15", Due = "2025-10-15", Reason = "axe 3 non réalisé",
        };
        var repayment = new RecordRecoveryPaymentRequest
        {
            ConventionId = convention, Order = 1, RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 40_000 }, On = "2025-10-01",
        };

        await client.RecordGrantPaymentAsync(Payment(convention, paymentKey));
        await client.RecordGrantPaymentAsync(Payment(convention, paymentKey));
        await client.OrderRecoveryAsync(order);
        var lateBefore = await client.GetDeadlinesAsync(new GetDeadlinesRequest { AsOf = "2025-10-16" });
        var repaid = await client.RecordRecoveryPaymentAsync(repayment);
        var again = await client.RecordRecoveryPaymentAsync(repayment);
        var more = repayment.Clone();
        more.RequestId = Guid.NewGuid().ToString();
        more.Amount = new Money { Cents = 50_001 };
        var tooMuch = await Statuses.RefusedAsync(StatusCode.FailedPrecondition, "amount", () => client.RecordRecoveryPaymentAsync(more).ResponseAsync);

        Assert.Equal(TheConvention2025.Grant.Cents, again.Payments.Sum(payment => payment.Amount.Cents));
        var recovery = Assert.Single(again.Recoveries);
        Assert.Equal((1, "2025-10-15", 40_000L, 50_000L), (recovery.Number, recovery.Due, recovery.Repayments.Sum(p => p.Amount.Cents), recovery.Outstanding.Cents));
        Assert.Equal(repaid.Recoveries[0], recovery);
        var late = Assert.Single(lateBefore.Obligations, item => item.Kind == ObligationKind.Recovery);
        Assert.Equal((ObligationState.Late, 90_000L), (late.State, late.Amount.Cents));
        Assert.Equal("recovery_payment.within_order", tooMuch.Reason);
    }
}
