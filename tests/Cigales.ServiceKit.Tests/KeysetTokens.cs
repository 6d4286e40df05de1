using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Paging;

namespace Cigales.ServiceKit.Tests;

public sealed class KeysetTokens
{
    [Theory]
    [InlineData("ch'ti karité\u001f01a2")]
    [InlineData("2025-01-01\u001fabc")]
    [InlineData("")]
    public void ATokenGivesBackTheKeyItWasMadeFrom(string sortKey) =>
        Assert.Equal(sortKey, KeysetPaging.DecodeToken(KeysetPaging.EncodeToken(sortKey)));

    [Fact]
    public void TokensAreSafeInAQueryString() =>
        Assert.Matches("^[A-Za-z0-9_-]*$", KeysetPaging.EncodeToken("???>>>~~~ é"));

    [Fact]
    public void AForgedTokenIsRefusedNamingTheField()
    {
        var refused = Assert.Throws<RefusedException>(() => KeysetPaging.DecodeToken("%%%"));

        Assert.Equal("page.token", refused.Field);
    }
}
