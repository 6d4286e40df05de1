using Cigales.Testing;

namespace Cigales.Grants.Tests.Api;

/// <summary>A blank, whitespace or malformed id is bad input naming its field, on every route and every method — never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadIds(GrantsServiceHost service)
{
    [Fact]
    public Task EveryJsonRouteRefusesABadIdNamingIt() => BlankIds.EveryRouteRefusesThemAsync("grants", service.CreateClient());

    [Fact]
    public Task EveryGrpcMethodRefusesABadIdNamingIt() => BlankIds.EveryMethodRefusesThemAsync("grants", service.Channel);
}
