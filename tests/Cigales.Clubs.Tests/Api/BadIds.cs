using Cigales.Testing;

namespace Cigales.Clubs.Tests.Api;

/// <summary>A blank, whitespace or malformed id is bad input naming its field, on every route and every method — never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadIds(ClubsServiceHost service)
{
    [Fact]
    public Task EveryJsonRouteRefusesABadIdNamingIt() => BlankIds.EveryRouteRefusesThemAsync("clubs", service.CreateClient());

    [Fact]
    public Task EveryGrpcMethodRefusesABadIdNamingIt() => BlankIds.EveryMethodRefusesThemAsync("clubs", service.Channel);
}
