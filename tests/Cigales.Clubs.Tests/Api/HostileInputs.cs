using Cigales.Testing;
using Cigales.Testing.Hostile;

namespace Cigales.Clubs.Tests.Api;

/// <summary>The hostile corpus on the Clubs service alone, in-process, by gRPC and JSON: nothing breaks it, nothing is stored.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileInputs(ClubsServiceHost service)
{
    [Fact]
    public async Task NoHostileInputBreaksTheServiceOrIsStored()
    {
        var client = new HttpClient(service.Server.CreateHandler()) { BaseAddress = service.Server.BaseAddress };

        var sent = await HostileChecks.NothingBreaksNorIsStoredAsync(
            HostileChecks.CorpusOf("clubs"), client, client, TestTokens.Staff, async () => [await service.CountEventsAsync()], TestContext.Current.CancellationToken);

        Assert.True(sent > 500, $"only {sent} inputs");
    }
}
