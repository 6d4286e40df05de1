using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Security;
using Cigales.Testing;
using Grpc.Core;

namespace Cigales.Finance.Tests.Api;

/// <summary>
/// Straight to the service: the partners see the projects shared with them and their own
/// co-financings only, follow the changes by polling or by subscription, and every attempt at
/// what is not theirs is refused and recorded in the project's history.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PartnersApiBehaviour(FinanceServiceHost service)
{
    private const string Pca = "pas-de-calais-actif";
    private const string FranceActive = "france-active-hdf";

    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly FinanceService.FinanceServiceClient _staff = new(service.Channel);

    private static string PartnerToken(string partner) => TestTokens.For($"client-{partner}", Roles.Partner, partner, [Scopes.Read("finance"), Scopes.Write("finance")]);

    private FinanceService.FinanceServiceClient AsPartner(string partner) => new(service.ChannelWith(PartnerToken(partner)));

    private async Task<string> HolderAsync(string name) => (await _staff.RegisterProjectHolderAsync(new RegisterProjectHolderRequest
    {
        ProjectName = name,
        Activity = "Recyclerie",
        Town = "Arras",
        Department = "62",
    })).ProjectHolderId;

    private async Task<string> SharedAsync(string name)
    {
        var id = await HolderAsync(name);
        await _staff.ShareProjectAsync(new ShareProjectRequest { ProjectHolderId = id, Summary = $"{name} : 3 emplois", AmountSought = new Money { Cents = 4_000_000 }, On = Today });
        return id;
    }

    private static RecordPartnerCoFinancingRequest CoFinancing(string projectId, string partner, long cents) => new()
    {
        ProjectHolderId = projectId,
        PartnerId = partner,
        RequestId = Guid.NewGuid().ToString(),
        PartnerName = partner,
        Amount = new Money { Cents = cents },
        Instrument = Instrument.Loan,
        Status = CoFinancingStatus.Proposed,
        On = Today,
    };

    /// <summary>The cursor past every change so far.</summary>
    private async Task<long> LatestCursorAsync(FinanceService.FinanceServiceClient client)
    {
        var cursor = 0L;
        while (true)
        {
            var page = await client.ListSharedProjectChangesAsync(new ListSharedProjectChangesRequest { AfterCursor = cursor, Size = 100 });
            if (page.NextCursor == cursor)
            {
                return cursor;
            }

            cursor = page.NextCursor;
        }
    }

    [Fact]
    public async Task APartnerListsTheSharedProjectsOnlyWithItsOwnCoFinancing()
    {
        var shared = await SharedAsync("Brouette Verte");
        var notShared = await HolderAsync("Projet confidentiel");
        await AsPartner(Pca).RecordPartnerCoFinancingAsync(CoFinancing(shared, Pca, 1_000_000));
        await AsPartner(FranceActive).RecordPartnerCoFinancingAsync(CoFinancing(shared, FranceActive, 2_000_000));

        var listed = await AsPartner(Pca).ListSharedProjectsAsync(new ListSharedProjectsRequest { Page = new PageRequest { Size = 100 } });
        var asStaff = await _staff.GetSharedProjectAsync(new GetSharedProjectRequest { ProjectHolderId = shared });
        using var json = JsonDocument.Parse(await service.ClientWith(PartnerToken(Pca)).GetStringAsync($"/v1/shared-projects/{shared}"));

        var project = Assert.Single(listed.SharedProjects, p => p.ProjectHolderId == shared);
        Assert.DoesNotContain(listed.SharedProjects, p => p.ProjectHolderId == notShared);
        Assert.Equal([(Pca, 1_000_000L)], project.CoFinancings.Select(c => (c.PartnerId, c.Amount.Cents)));
        Assert.Equal([Pca, FranceActive], asStaff.CoFinancings.Select(c => c.PartnerId));
        Assert.Equal(1, json.RootElement.GetProperty("coFinancings").GetArrayLength());
        Assert.Equal("Brouette Verte : 3 emplois", json.RootElement.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task APartnerRecordsAndUpdatesItsOwnCoFinancingOnceForEachRequest()
    {
        var shared = await SharedAsync("Le Fournil");
        var partner = AsPartner(Pca);
        var request = CoFinancing(shared, Pca, 1_500_000);

        await partner.RecordPartnerCoFinancingAsync(request);
        var eventsAfterFirst = await service.CountEventsAsync();
        await partner.RecordPartnerCoFinancingAsync(request);
        var eventsAfterRetry = await service.CountEventsAsync();
        using var updated = await service.ClientWith(PartnerToken(Pca)).PutAsJsonAsync($"/v1/shared-projects/{shared}/co-financings/{Pca}", new
        {
            requestId = Guid.NewGuid().ToString(),
            partnerName = "Pas-de-Calais Actif",
            amount = new { cents = 1_800_000 },
            instrument = "INSTRUMENT_LOAN",
            status = "CO_FINANCING_STATUS_COMMITTED",
            on = Today,
        });
        updated.EnsureSuccessStatusCode();

        var own = await partner.GetPartnerCoFinancingAsync(new GetPartnerCoFinancingRequest { ProjectHolderId = shared, PartnerId = Pca });
        Assert.Equal(eventsAfterFirst, eventsAfterRetry);
        Assert.Equal((1_800_000L, CoFinancingStatus.Committed, "Pas-de-Calais Actif"), (own.Amount.Cents, own.Status, own.PartnerName));
    }

    [Fact]
    public async Task AnotherPartnersCoFinancingAndAnUnsharedProjectAreRefusedAndRecorded()
    {
        var shared = await SharedAsync("Atelier Vélo");
        var notShared = await HolderAsync("Dossier interne");
        await AsPartner(FranceActive).RecordPartnerCoFinancingAsync(CoFinancing(shared, FranceActive, 2_000_000));
        var partner = AsPartner(Pca);
        var eventsBefore = await service.CountEventsAsync();

        var read = await Assert.ThrowsAsync<RpcException>(() => partner.GetPartnerCoFinancingAsync(
            new GetPartnerCoFinancingRequest { ProjectHolderId = shared, PartnerId = FranceActive }).ResponseAsync);
        var none = await Assert.ThrowsAsync<RpcException>(() => _staff.GetPartnerCoFinancingAsync(
            new GetPartnerCoFinancingRequest { ProjectHolderId = shared, PartnerId = "no-such-partner" }).ResponseAsync);
        var write = await Assert.ThrowsAsync<RpcException>(() => partner.RecordPartnerCoFinancingAsync(CoFinancing(shared, FranceActive, 1)).ResponseAsync);
        var unshared = await Assert.ThrowsAsync<RpcException>(() => partner.GetSharedProjectAsync(new GetSharedProjectRequest { ProjectHolderId = notShared }).ResponseAsync);
        using var json = await service.ClientWith(PartnerToken(Pca)).GetAsync($"/v1/shared-projects/{shared}/co-financings/{FranceActive}");
        var staffOnly = await Assert.ThrowsAsync<RpcException>(() => partner.GetProjectHolderAsync(new GetProjectHolderRequest { ProjectHolderId = shared }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, read.StatusCode);
        Assert.Equal(none.Status.Detail.Replace("no-such-partner", FranceActive, StringComparison.Ordinal), read.Status.Detail);
        Assert.Equal(StatusCode.PermissionDenied, write.StatusCode);
        Assert.Equal(StatusCode.NotFound, unshared.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, staffOnly.StatusCode);
        Assert.Equal(eventsBefore, await service.CountEventsAsync());
        var refused = (await _staff.GetProjectHistoryAsync(new GetProjectHistoryRequest { ProjectHolderId = shared })).Entries
            .Where(entry => entry.Kind == "AccessRefused").ToList();
        // The same refusal twice in a minute (read by gRPC, then by JSON) is one record counting two attempts.
        Assert.Equal(3, refused.Sum(entry => entry.Data.Fields["attempts"].NumberValue));
        Assert.All(refused, entry => Assert.Equal(($"client-{Pca}", Roles.Partner, Pca), (entry.Subject, entry.Role, entry.Tenant)));
        Assert.Contains((await _staff.GetProjectHistoryAsync(new GetProjectHistoryRequest { ProjectHolderId = notShared })).Entries, entry => entry.Kind == "AccessRefused");
    }

    [Fact]
    public async Task ThePollingCursorGoesPastWhatAPartnerMayNotSee()
    {
        var partner = AsPartner(Pca);
        var cursor = await LatestCursorAsync(partner);
        var shared = await SharedAsync("Café associatif");
        await AsPartner(FranceActive).RecordPartnerCoFinancingAsync(CoFinancing(shared, FranceActive, 2_000_000));
        await partner.RecordPartnerCoFinancingAsync(CoFinancing(shared, Pca, 500_000));

        var changes = await partner.ListSharedProjectChangesAsync(new ListSharedProjectChangesRequest { AfterCursor = cursor });
        var again = await partner.ListSharedProjectChangesAsync(new ListSharedProjectChangesRequest { AfterCursor = changes.NextCursor });
        using var json = JsonDocument.Parse(await service.ClientWith(PartnerToken(Pca)).GetStringAsync($"/v1/shared-project-changes?after_cursor={cursor}"));

        Assert.Equal([SharedProjectChangeKind.Shared, SharedProjectChangeKind.CoFinancingRecorded], changes.Changes.Select(c => c.Kind));
        Assert.All(changes.Changes, c => Assert.DoesNotContain(c.Project.CoFinancings, f => f.PartnerId == FranceActive));
        Assert.Equal(cursor + 3, changes.NextCursor);
        Assert.Empty(again.Changes);
        Assert.Equal(2, json.RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task ASubscriptionReceivesAProjectSharedAfterItSubscribedAndNothingItMayNotSee()
    {
        var partner = AsPartner(Pca);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = partner.WatchSharedProjects(new WatchSharedProjectsRequest { AfterCursor = await LatestCursorAsync(partner) }, cancellationToken: cancel.Token);

        var notShared = await HolderAsync("Jamais partagé");
        var shared = await SharedAsync("Ressourcerie du Ternois");
        await AsPartner(FranceActive).RecordPartnerCoFinancingAsync(CoFinancing(shared, FranceActive, 3_000_000));
        await _staff.UpdateSharedProjectAsync(new UpdateSharedProjectRequest { ProjectHolderId = shared, Summary = "Ressourcerie : 5 emplois", AmountSought = new Money { Cents = 5_000_000 } });

        var received = new List<SharedProjectChange>();
        while (received.Count < 2 && await watch.ResponseStream.MoveNext(cancel.Token))
        {
            if (watch.ResponseStream.Current.Kind != SharedProjectChangeKind.Heartbeat)
            {
                received.Add(watch.ResponseStream.Current);
            }
        }

        Assert.Equal([(SharedProjectChangeKind.Shared, shared), (SharedProjectChangeKind.Updated, shared)], received.Select(c => (c.Kind, c.Project.ProjectHolderId)));
        Assert.Equal("Ressourcerie : 5 emplois", received[1].Project.Summary);
        Assert.All(received, c => Assert.Empty(c.Project.CoFinancings));
        Assert.DoesNotContain(received, c => c.Project.ProjectHolderId == notShared);
        Assert.True(received[1].Cursor > received[0].Cursor + 1, "the other partner's co-financing lies between the two, unseen");
    }

    [Fact]
    public async Task AQuietSubscriptionSendsHeartbeatsWithTheCursorReached()
    {
        var partner = AsPartner(Pca);
        var cursor = await LatestCursorAsync(partner);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = partner.WatchSharedProjects(new WatchSharedProjectsRequest { AfterCursor = cursor }, cancellationToken: cancel.Token);
        var started = DateTimeOffset.UtcNow;

        Assert.True(await watch.ResponseStream.MoveNext(cancel.Token));

        var heartbeat = watch.ResponseStream.Current;
        Assert.Equal(SharedProjectChangeKind.Heartbeat, heartbeat.Kind);
        Assert.True(heartbeat.Cursor >= cursor);
        Assert.Null(heartbeat.Project);
        Assert.True(DateTimeOffset.UtcNow - started >= FinanceServiceHost.HeartbeatInterval * 0.9);
    }

    [Fact]
    public async Task AReadOnlyPartnerTokenSubscribesAndPollsButRecordsNothing()
    {
        var reader = new FinanceService.FinanceServiceClient(service.ChannelWith(TestTokens.For($"client-{Pca}", Roles.Partner, Pca, [Scopes.Read("finance")])));
        var shared = await SharedAsync("Épicerie vrac");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var watch = reader.WatchSharedProjects(new WatchSharedProjectsRequest { AfterCursor = 0 }, cancellationToken: cancel.Token);
        var polled = await reader.ListSharedProjectChangesAsync(new ListSharedProjectChangesRequest { Size = 100 });
        var write = await Assert.ThrowsAsync<RpcException>(() => reader.RecordPartnerCoFinancingAsync(CoFinancing(shared, Pca, 1_000)).ResponseAsync);

        Assert.True(await watch.ResponseStream.MoveNext(cancel.Token));
        Assert.NotEmpty(polled.Changes);
        Assert.Equal(StatusCode.PermissionDenied, write.StatusCode);
        Assert.Contains("finance.write", write.Status.Detail, StringComparison.Ordinal);
    }
}
