using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.DemoData.Import;
using Grpc.Core;
using Grpc.Net.Client;

namespace Cigales.IntegrationTests;

/// <summary>
/// The local clients of each role (Cigales.AppHost/LocalClients.cs), with tokens from the identity
/// service, on the whole system: each reaches what is its own, through the gateway and straight to
/// the service; what is another's is refused as if absent and shows in that object's history.
/// </summary>
public sealed class RolesThroughTheGateway(WholeSystem system)
{
    private const string RoleSecret = "cigales-dev-roles";
    private const string ChtiKarite = "773878fce8ac5d0fb835c31366465117";
    private const string SolartoisTer = "f6c19988fe4b512886fc7369931a6364";
    private const string DemoConvention = "68494ffccce35c50b16752021a775d98";
    private const string PasDeCalaisActif = "7f2edb72f08459f8be1d8ade0fa2667b";

    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> TokenAsync(string clientId) => await AccessToken.RequestAsync(system.Json, clientId, RoleSecret, CancellationToken.None);

    /// <summary>A JSON client with the token, to the gateway or straight to a service.</summary>
    private HttpClient JsonAs(string token, string resource = "gateway")
    {
        var client = system.App.CreateHttpClient(resource, "http");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private GrpcChannel GrpcAs(string token, string resource = "gateway") =>
        GrpcChannel.ForAddress(system.App.GetEndpoint(resource, "grpc"), new GrpcChannelOptions { HttpHandler = new BearerTokenHandler(token) });

    private async Task<List<JsonElement>> RefusalsInHistoryAsync(string path)
    {
        using var history = JsonDocument.Parse(await system.Json.GetStringAsync($"{path}/history?page.size=100"));
        return history.RootElement.GetProperty("entries").EnumerateArray()
            .Where(entry => entry.GetProperty("kind").GetString() == "AccessRefused")
            .Select(entry => entry.Clone())
            .ToList();
    }

    [Fact]
    public async Task AClubMemberReadsTheirClubAndAnotherClubIsAbsentAtTheGatewayAndAtTheService()
    {
        var token = await TokenAsync("cigales-club-member");
        var before = (await RefusalsInHistoryAsync($"/v1/clubs/{SolartoisTer}")).Count;

        using var own = JsonDocument.Parse(await JsonAs(token).GetStringAsync($"/v1/clubs/{ChtiKarite}"));
        var other = await JsonAs(token).GetAsync($"/v1/clubs/{SolartoisTer}");
        var otherDirect = await JsonAs(token, "clubs").GetAsync($"/v1/clubs/{SolartoisTer}/ledger");
        var write = await JsonAs(token).PostAsJsonAsync($"/v1/clubs/{ChtiKarite}/contributions", new { });

        Assert.Equal("Ch'ti Karité", own.RootElement.GetProperty("name").GetString());
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (other.StatusCode, otherDirect.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var refusals = await RefusalsInHistoryAsync($"/v1/clubs/{SolartoisTer}");
        Assert.Equal(before + 2, refusals.Count);
        Assert.All(refusals.Skip(before), entry => Assert.Equal(("cigales-club-member", ChtiKarite), (entry.GetProperty("subject").GetString(), entry.GetProperty("tenant").GetString())));
    }

    [Fact]
    public async Task AClubManagersChangeSaysWhoMadeIt()
    {
        var token = await TokenAsync("cigales-club-manager");
        using var person = JsonDocument.Parse(await (await system.Json.PostAsJsonAsync("/v1/people", new { fullName = "Jeanne Ledoux" })).Content.ReadAsStringAsync());
        var personId = person.RootElement.GetProperty("personId").GetString();

        var joined = await JsonAs(token).PostAsJsonAsync($"/v1/clubs/{ChtiKarite}/members", new { personId, on = Today });

        Assert.True(joined.IsSuccessStatusCode, await joined.Content.ReadAsStringAsync());
        using var history = JsonDocument.Parse(await system.Json.GetStringAsync($"/v1/clubs/{ChtiKarite}/history?page.size=100"));
        var entries = history.RootElement.GetProperty("entries").EnumerateArray().ToList();
        var change = entries.Last(entry => entry.GetProperty("kind").GetString() == "MemberJoined");
        Assert.Equal(("cigales-club-manager", "club-manager", personId), (change.GetProperty("subject").GetString(), change.GetProperty("role").GetString(), change.GetProperty("data").GetProperty("MemberId").GetString()));
        Assert.Equal("cigales-demo-data", entries[0].GetProperty("subject").GetString());
    }

    [Fact]
    public async Task AFunderReadsItsConventionAndItsReportButNotAnotherFundersConventionNorSignsOne()
    {
        var (otherConvention, _, _) = await The2025Convention.DraftAsync(system);
        var token = await TokenAsync("cigales-funder");

        using var listed = JsonDocument.Parse(await JsonAs(token).GetStringAsync("/v1/conventions"));
        var report = await JsonAs(token).GetAsync($"/v1/conventions/{DemoConvention}/final-report-draft/csv");
        var other = await JsonAs(token).GetAsync($"/v1/conventions/{otherConvention}");
        var otherDirect = await JsonAs(token, "grants").GetAsync($"/v1/conventions/{otherConvention}/final-report-draft");
        var sign = await JsonAs(token).PostAsJsonAsync($"/v1/conventions/{DemoConvention}/signature", new { on = "2025-06-02" });

        // The Département's (the demo data's 2024 and 2025 ones among them), not the other funder's.
        var conventions = listed.RootElement.GetProperty("conventions").EnumerateArray().Select(c => c.GetProperty("conventionId").GetString()).ToList();
        Assert.Contains(DemoConvention, conventions);
        Assert.DoesNotContain(otherConvention, conventions);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("2025-02585", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (other.StatusCode, otherDirect.StatusCode, sign.StatusCode));
        Assert.Equal(2, (await RefusalsInHistoryAsync($"/v1/conventions/{otherConvention}")).Count);
    }

    [Fact]
    public async Task APartnersSubscriptionThroughTheGatewayReceivesAProjectSharedAfterItAndNotAnotherPartnersCoFinancing()
    {
        var token = await TokenAsync("cigales-partner");
        var partner = new FinanceService.FinanceServiceClient(GrpcAs(token));
        var staff = new FinanceService.FinanceServiceClient(system.Grpc);
        var cursor = 0L;
        for (var page = await partner.ListSharedProjectChangesAsync(new ListSharedProjectChangesRequest { Size = 100 }); page.NextCursor != cursor;
             page = await partner.ListSharedProjectChangesAsync(new ListSharedProjectChangesRequest { AfterCursor = cursor, Size = 100 }))
        {
            cursor = page.NextCursor;
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var watch = partner.WatchSharedProjects(new WatchSharedProjectsRequest { AfterCursor = cursor }, cancellationToken: cancel.Token);
        var holder = await staff.RegisterProjectHolderAsync(new RegisterProjectHolderRequest { ProjectName = "Les Jardins de Marquise", Activity = "Maraîchage", Town = "Marquise", Department = "62" });
        await staff.ShareProjectAsync(new ShareProjectRequest { ProjectHolderId = holder.ProjectHolderId, Summary = "Maraîchage bio, 4 emplois", AmountSought = new Money { Cents = 6_000_000 }, On = Today });
        await staff.RecordPartnerCoFinancingAsync(new RecordPartnerCoFinancingRequest
        {
            ProjectHolderId = holder.ProjectHolderId, PartnerId = "france-active", RequestId = Guid.NewGuid().ToString(), PartnerName = "France Active",
            Amount = new Money { Cents = 2_000_000 }, Instrument = Instrument.Loan, Status = CoFinancingStatus.Committed, On = Today,
        });
        await partner.RecordPartnerCoFinancingAsync(new RecordPartnerCoFinancingRequest
        {
            ProjectHolderId = holder.ProjectHolderId, PartnerId = PasDeCalaisActif, RequestId = Guid.NewGuid().ToString(), PartnerName = "Pas-de-Calais Actif",
            Amount = new Money { Cents = 1_500_000 }, Instrument = Instrument.Loan, Status = CoFinancingStatus.Proposed, On = Today,
        });

        var received = new List<SharedProjectChange>();
        while (received.Count < 2 && await watch.ResponseStream.MoveNext(cancel.Token))
        {
            received.Add(watch.ResponseStream.Current);
        }

        Assert.Equal([SharedProjectChangeKind.Shared, SharedProjectChangeKind.CoFinancingRecorded], received.Select(change => change.Kind));
        Assert.Equal([PasDeCalaisActif], received[1].Project.CoFinancings.Select(coFinancing => coFinancing.PartnerId));
        var other = await JsonAs(token).GetAsync($"/v1/shared-projects/{holder.ProjectHolderId}/co-financings/france-active");
        var otherDirect = await Assert.ThrowsAsync<RpcException>(() => new FinanceService.FinanceServiceClient(GrpcAs(token, "finance"))
            .GetPartnerCoFinancingAsync(new GetPartnerCoFinancingRequest { ProjectHolderId = holder.ProjectHolderId, PartnerId = "france-active" }).ResponseAsync);
        Assert.Equal((HttpStatusCode.NotFound, StatusCode.NotFound), (other.StatusCode, otherDirect.StatusCode));
        // The same refusal twice in a minute (through the gateway, then straight): one record counting both.
        Assert.Equal(2, (await RefusalsInHistoryAsync($"/v1/project-holders/{holder.ProjectHolderId}")).Sum(entry => entry.GetProperty("data").GetProperty("attempts").GetInt32()));
    }
}
