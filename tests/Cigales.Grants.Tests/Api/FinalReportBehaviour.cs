using System.Net;
using Cigales.Contracts.Grants.V1;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Grants.Tests.Api;

/// <summary>The final report's draft and its downloads, from the service's API, the other services having recorded nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class FinalReportBehaviour(GrantsServiceHost service)
{
    private readonly GrantsService.GrantsServiceClient _grpc = new(service.Channel);
    private readonly HttpClient _json = service.CreateClient();

    [Fact]
    public async Task AFigureTooLargeToBeAnyRecordIsAnInconsistencyOfTheDraftItsCsvAndItsPage()
    {
        const string Figure = "123456789012345678901234567890";
        var id = await ConventionRequests.SignedAsync(_grpc, await ConventionRequests.PartiesAndLineAsync(_grpc));
        var draft = new ReportDraft
        {
            Actual = ConventionRequests.Budget(TheConvention2025.Budget),
            ActivityReport = $"En 2025, {Figure} porteurs de projet rencontrés.",
            Department = "62",
        };

        var saved = await _grpc.SaveFinalReportDraftAsync(new SaveFinalReportDraftRequest { ConventionId = id, Draft = draft });
        var read = await _grpc.GetFinalReportDraftAsync(new GetFinalReportDraftRequest { ConventionId = id });
        using var csv = await _json.GetAsync($"/v1/conventions/{id}/final-report-draft/csv");
        using var html = await _json.GetAsync($"/v1/conventions/{id}/final-report-draft/html");
        var refusal = await Statuses.RefusedByRuleAsync(StatusCode.FailedPrecondition, "report.inconsistent",
            () => _grpc.SubmitFinalReportDraftAsync(new DatedRequest { ConventionId = id, On = "2026-05-29" }).ResponseAsync);

        var inconsistency = Assert.Single(read.Inconsistencies, i => i.Rule == "report.text_figure");
        Assert.Equal($"text.figure:holders:{Figure}", inconsistency.Id);
        Assert.Contains($"\"{Figure} porteurs de projet\"", inconsistency.Message, StringComparison.Ordinal);
        Assert.Equal(read.Inconsistencies, saved.Inconsistencies);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (csv.StatusCode, html.StatusCode));
        Assert.Contains(inconsistency.Id, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(inconsistency.Id, await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(inconsistency.Id, refusal, StringComparison.Ordinal);
    }
}
