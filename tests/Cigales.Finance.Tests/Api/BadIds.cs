using Cigales.Testing;

namespace Cigales.Finance.Tests.Api;

/// <summary>A blank, whitespace or malformed id is bad input naming its field, on every route and every method — never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadIds(FinanceServiceHost service)
{
    [Fact]
    public Task EveryJsonRouteRefusesABadIdNamingIt() => BlankIds.EveryRouteRefusesThemAsync("finance", service.CreateClient());

    [Fact]
    public Task EveryGrpcMethodRefusesABadIdNamingIt() => BlankIds.EveryMethodRefusesThemAsync("finance", service.Channel);
}
