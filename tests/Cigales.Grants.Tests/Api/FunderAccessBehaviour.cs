using System.Net;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Grants.Tests.Api;

/// <summary>
/// Straight to the service: a funder reads its own conventions, nothing else; another funder's
/// convention is as if it did not exist, and the attempt is in its history. (Its reports, built
/// from the other services' figures, are read in the whole-system tests.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FunderAccessBehaviour(GrantsServiceHost service)
{
    private readonly GrantsService.GrantsServiceClient _staff = new(service.Channel);

    private GrantsService.GrantsServiceClient AsFunder(string funderId) =>
        new(service.ChannelWith(TestTokens.For($"funder-{funderId}", Roles.Funder, funderId, [Scopes.Read("grants")])));

    private async Task<(string FunderId, string ConventionId)> ConventionAsync()
    {
        var terms = await ConventionRequests.PartiesAndLineAsync(_staff);
        var convention = await _staff.DraftConventionAsync(new DraftConventionRequest { Terms = terms });
        return (terms.Funder.OrganisationId, convention.ConventionId);
    }

    [Fact]
    public async Task AFunderReadsItsOwnConventionsOnly()
    {
        var (funder, convention) = await ConventionAsync();
        var client = AsFunder(funder);

        var read = await client.GetConventionAsync(new GetConventionRequest { ConventionId = convention });
        var listed = await client.ListConventionsAsync(new ListConventionsRequest());

        Assert.Equal(convention, read.ConventionId);
        Assert.Equal([convention], listed.Conventions.Select(c => c.ConventionId));
    }

    [Fact]
    public async Task AnotherFundersConventionIsAsIfItDidNotExistAndTheAttemptIsRecorded()
    {
        var (funder, _) = await ConventionAsync();
        var (otherFunder, otherConvention) = await ConventionAsync();
        var client = AsFunder(funder);

        var read = await Assert.ThrowsAsync<RpcException>(() => client.GetConventionAsync(new GetConventionRequest { ConventionId = otherConvention }).ResponseAsync);
        var absent = await Assert.ThrowsAsync<RpcException>(() => _staff.GetConventionAsync(new GetConventionRequest { ConventionId = "no-such-convention" }).ResponseAsync);
        var list = await Assert.ThrowsAsync<RpcException>(() => client.ListConventionsAsync(new ListConventionsRequest { FunderId = otherFunder }).ResponseAsync);
        using var csv = await service.ClientWith(TestTokens.For($"funder-{funder}", Roles.Funder, funder, [Scopes.Read("grants")]))
            .GetAsync($"/v1/conventions/{otherConvention}/final-report-draft/csv");

        Assert.Equal(StatusCode.NotFound, read.StatusCode);
        Assert.Equal(absent.Status.Detail.Replace("no-such-convention", otherConvention, StringComparison.Ordinal), read.Status.Detail);
        Assert.Equal(StatusCode.PermissionDenied, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        var history = await _staff.GetConventionHistoryAsync(new GetConventionHistoryRequest { ConventionId = otherConvention });
        var refusals = history.Entries.Where(entry => entry.Kind == "AccessRefused").ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, entry => Assert.Equal(($"funder-{funder}", Roles.Funder, funder), (entry.Subject, entry.Role, entry.Tenant)));
        Assert.Equal("/cigales.grants.v1.GrantsService/ExportFinalReportCsv", refusals[1].Data.Fields["method"].StringValue);
    }

    [Fact]
    public async Task AFunderWritesNothingNotEvenToItsOwnConvention()
    {
        var (funder, convention) = await ConventionAsync();
        var client = new GrantsService.GrantsServiceClient(service.ChannelWith(TestTokens.For("funder", Roles.Funder, funder, Scopes.All)));
        var eventsBefore = await service.CountEventsAsync();

        var sign = await Assert.ThrowsAsync<RpcException>(() => client.SignConventionAsync(new DatedRequest { ConventionId = convention, On = "2025-06-02" }).ResponseAsync);
        var history = await Assert.ThrowsAsync<RpcException>(() => client.GetConventionHistoryAsync(new GetConventionHistoryRequest { ConventionId = convention }).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (sign.StatusCode, history.StatusCode));
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
    }
}
