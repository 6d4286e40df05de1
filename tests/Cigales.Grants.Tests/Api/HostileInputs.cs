using Cigales.Testing;
using Cigales.Testing.Hostile;

namespace Cigales.Grants.Tests.Api;

/// <summary>
/// Bad input on the Grants service alone, in-process, by gRPC and JSON: a blank, whitespace or
/// malformed id is refused naming its field on every route and method, and the whole hostile
/// corpus neither breaks the service nor stores anything.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileInputs(GrantsServiceHost service)
{
    [Fact]
    public Task EveryJsonRouteRefusesABadIdNamingIt() => BlankIds.EveryRouteRefusesThemAsync("grants", service.CreateClient());

    [Fact]
    public Task EveryGrpcMethodRefusesABadIdNamingIt() => BlankIds.EveryMethodRefusesThemAsync("grants", service.Channel);

    [Fact]
    public async Task NoHostileInputBreaksTheServiceOrIsStored()
    {
        var client = new HttpClient(service.Server.CreateHandler()) { BaseAddress = service.Server.BaseAddress };

        var sent = await HostileChecks.NothingBreaksNorIsStoredAsync(
            HostileChecks.CorpusOf("grants"), client, client, TestTokens.Staff, async () => [$"{await service.CountEventsAsync()} events"], TestContext.Current.CancellationToken);

        Assert.True(sent > 500, $"only {sent} inputs");
    }
}
