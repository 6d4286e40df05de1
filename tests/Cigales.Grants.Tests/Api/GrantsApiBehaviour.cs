using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Testing;
using Google.Rpc;
using Grpc.Core;

namespace Cigales.Grants.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class GrantsApiBehaviour(GrantsServiceHost service)
{
    private readonly GrantsService.GrantsServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    private Task<ConventionTerms> PartiesAndLineAsync() => ConventionRequests.PartiesAndLineAsync(_grpc);

    private Task<string> SignedAsync(ConventionTerms terms) => ConventionRequests.SignedAsync(_grpc, terms);

    [Fact]
    public async Task The2025ConventionIsDraftedVotedSignedAndPaidThroughJson()
    {
        var terms = await PartiesAndLineAsync();
        var draft = await _json.PostAsync("/v1/conventions", JsonContent(new DraftConventionRequest { RequestId = Guid.NewGuid().ToString(), Terms = terms }));
        draft.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await draft.Content.ReadAsStringAsync()).RootElement.GetProperty("conventionId").GetString();

        await PostAsync($"/v1/conventions/{id}/report", new { report = new { number = "26", opinionOn = "2025-05-05", opinion = "favourable" } });
        await PostAsync($"/v1/conventions/{id}/deliberation", new
        {
            deliberation = new { number = "2025-157", on = "2025-05-19", body = "Commission Permanente", @for = 43, against = 0, abstentions = 0, absentWithoutProxy = 1 },
        });
        await PostAsync($"/v1/conventions/{id}/signature", new { on = "2025-06-02" });
        await PostAsync($"/v1/conventions/{id}/payments", new { requestId = Guid.NewGuid().ToString(), amount = new { cents = 990_000 }, on = "2025-06-20" });

        using var convention = JsonDocument.Parse(await _json.GetStringAsync($"/v1/conventions/{id}"));
        using var line = JsonDocument.Parse(await _json.GetStringAsync($"/v1/budget-lines/{terms.BudgetLineId}"));
        var root = convention.RootElement;
        Assert.Equal("CONVENTION_STATUS_PAID", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("deliberation").GetProperty("adopted").GetBoolean());
        // Money in the JSON API is a whole number of cents, never a decimal.
        Assert.Equal(990_000, root.GetProperty("paid").GetProperty("cents").GetInt64());
        Assert.Equal(("2025-06-30", "2026-07-01"), (root.GetProperty("extensionDeadline").GetString(), root.GetProperty("clawbackFrom").GetString()));
        Assert.Equal(9_010_000, line.RootElement.GetProperty("available").GetProperty("cents").GetInt64());
    }

    [Fact]
    public async Task AProvisionalBudgetWithSeveralProblemsIsRefusedNamingEachAndNothingIsStored()
    {
        var terms = await PartiesAndLineAsync();
        var eventsBefore = await service.CountEventsAsync();
        terms.ProvisionalBudget.Charges[0].Amount.Cents = 1_100_000; // not 30 days × 365 €
        terms.ProvisionalBudget.Products.RemoveAt(2); // the volunteer valuation on one side only

        var exception = await Assert.ThrowsAsync<RpcException>(() => _grpc.DraftConventionAsync(new DraftConventionRequest { Terms = terms }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var violations = exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(violation => (violation.Field, violation.Reason));
        Assert.Equal(
            [
                ("terms.provisional_budget", "budget.balanced"),
                ("terms.provisional_budget.charges", "budget.staff_rate"),
                ("terms.provisional_budget", "budget.volunteer_both_sides"),
            ],
            violations);
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }

    [Fact]
    public async Task AConventionCannotBeSignedWithoutAnAdoptedDeliberation()
    {
        var terms = await PartiesAndLineAsync();
        var id = (await _grpc.DraftConventionAsync(new DraftConventionRequest { Terms = terms })).ConventionId;

        var message = await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "convention.adopted",
            () => _grpc.SignConventionAsync(new DatedRequest { ConventionId = id, On = "2025-06-02" }).ResponseAsync);

        Assert.Contains("without an adopted deliberation", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APaymentCarriesItsIdempotencyKeyAndIsRecordedOnce()
    {
        var id = await SignedAsync(await PartiesAndLineAsync());
        var payment = new RecordGrantPaymentRequest { ConventionId = id, RequestId = Guid.NewGuid().ToString(), Amount = new Money { Cents = 990_000 }, On = "2025-06-20" };

        var withoutKey = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "request_id",
            () => _grpc.RecordGrantPaymentAsync(new RecordGrantPaymentRequest(payment) { RequestId = string.Empty }).ResponseAsync);
        await _grpc.RecordGrantPaymentAsync(payment);
        var retried = await _grpc.RecordGrantPaymentAsync(payment);

        Assert.Equal("string.uuid_empty", withoutKey.Reason);
        Assert.Equal(990_000, Assert.Single(retried.Payments).Amount.Cents);
    }

    [Fact]
    public async Task TheOpenDataExportIsTheSchemasCsv()
    {
        var terms = await PartiesAndLineAsync();
        await SignedAsync(terms);

        var response = await _json.GetAsync($"/v1/open-data/subventions?funderId={terms.Funder.OrganisationId}&year=2025");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("nomAttribuant,idAttribuant,dateConvention,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Département du Pas-de-Calais,22620001200012,2025-06-02,2025-157,Les Cigales des Hauts-de-France,38035677400055,,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",9900.00,aide en numéraire,unique,2025-06-02,,non,1,Mission ESS", lines[1], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task DeadlinesAreListedAndTheScanNotifiesOnce()
    {
        var id = await SignedAsync(await PartiesAndLineAsync());

        using var deadlines = JsonDocument.Parse(await _json.GetStringAsync("/v1/deadlines?asOf=2025-06-10"));
        var scanned = await _grpc.ScanDeadlinesAsync(new ScanDeadlinesRequest { AsOf = "2025-06-10" });
        var rescanned = await _grpc.ScanDeadlinesAsync(new ScanDeadlinesRequest { AsOf = "2025-06-10" });
        var listed = await _grpc.ListNotificationsAsync(new ListNotificationsRequest { Limit = 1000 });

        var mine = deadlines.RootElement.GetProperty("obligations").EnumerateArray()
            .Where(item => item.GetProperty("conventionId").GetString() == id)
            .Select(item => (item.GetProperty("kind").GetString(), item.GetProperty("state").GetString()));
        Assert.Equal([("OBLIGATION_KIND_PAYMENT", "OBLIGATION_STATE_LATE"), ("OBLIGATION_KIND_EXTENSION_WINDOW", "OBLIGATION_STATE_UPCOMING")], mine);
        // Each item late, due or coming is notified, once.
        Assert.Equal(
            [(ObligationKind.Payment, ObligationState.Late), (ObligationKind.ExtensionWindow, ObligationState.Upcoming)],
            scanned.Notifications_.Where(notification => notification.ConventionId == id).Select(notification => (notification.Kind, notification.State)));
        Assert.DoesNotContain(rescanned.Notifications_, notification => notification.ConventionId == id);
        Assert.Equal(2, listed.Notifications_.Count(notification => notification.ConventionId == id));
    }

    [Fact]
    public async Task OrganisationsNeedAValidSiretOrRnaNumber()
    {
        var badSiret = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "siret",
            () => _grpc.RegisterOrganisationAsync(new RegisterOrganisationRequest { Name = "X", Siret = "22620001200013" }).ResponseAsync);
        var none = await _json.PostAsJsonAsync("/v1/organisations", new { name = "Cigale sans numéro" });
        var byRna = await _grpc.RegisterOrganisationAsync(new RegisterOrganisationRequest { Name = "Cigale des Deux Caps", Rna = "W623000123" });

        Assert.Equal("siret.valid", badSiret.Reason);
        await Statuses.RefusedAsJsonAsync(none, 400, "siret");
        Assert.Equal("W623000123", (await _grpc.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = byRna.OrganisationId })).Rna);
    }

    [Fact]
    public async Task ADayThatDoesNotExistIsRefusedNamingTheField()
    {
        var terms = await PartiesAndLineAsync();
        terms.Period.End = "2025-02-30";

        var violation = await Statuses.RefusedAsync(StatusCode.InvalidArgument, "terms.period.end",
            () => _grpc.DraftConventionAsync(new DraftConventionRequest { Terms = terms }).ResponseAsync);

        Assert.Equal("date.exists", violation.Reason);
    }

    [Fact]
    public async Task AnUnknownConventionIsNotFoundNamingTheId()
    {
        await Statuses.RefusedAsync(StatusCode.NotFound, "convention_id",
            () => _grpc.GetConventionAsync(new GetConventionRequest { ConventionId = "nope" }).ResponseAsync);
        await Statuses.RefusedAsJsonAsync(await _json.GetAsync("/v1/conventions/nope"), 404, "convention_id");
    }

    [Fact]
    public async Task ConventionsAreListedByFunder()
    {
        var terms = await PartiesAndLineAsync();
        var id = await SignedAsync(terms);

        var page = await _grpc.ListConventionsAsync(new ListConventionsRequest { FunderId = terms.Funder.OrganisationId, Page = new PageRequest { Size = 10 } });

        Assert.Equal(id, Assert.Single(page.Conventions).ConventionId);
    }

    private async Task PostAsync(string path, object body)
    {
        var response = await _json.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static StringContent JsonContent(Google.Protobuf.IMessage message) =>
        new(Google.Protobuf.JsonFormatter.Default.Format(message), System.Text.Encoding.UTF8, "application/json");
}
