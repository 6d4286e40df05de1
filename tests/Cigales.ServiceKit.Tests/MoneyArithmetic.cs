using Cigales.SharedKernel;
using CsCheck;

namespace Cigales.ServiceKit.Tests;

/// <summary>Amounts add up to the cent, never wrap round, and read as a French treasurer writes them.</summary>
public sealed class MoneyArithmetic
{
    [Theory]
    [InlineData(990_000, "9 900,00 €")]
    [InlineData(5, "0,05 €")]
    [InlineData(-123_456_78, "-123 456,78 €")]
    [InlineData(0, "0,00 €")]
    [InlineData(long.MinValue, "-92 233 720 368 547 758,08 €")]
    public void AnAmountReadsInFrench(long cents, string written) => Assert.Equal(written, Money.FromCents(cents).ToString());

    [Fact]
    public void SumsAndDifferencesAreToTheCent()
    {
        var paid = new[] { Money.FromEuros(4_950), Money.FromEuros(4_950), Money.FromCents(1) };

        Assert.Equal(Money.FromCents(990_001), paid.Sum());
        Assert.Equal(Money.FromCents(-1), Money.FromEuros(100) - Money.FromCents(10_001));
        Assert.Equal(Money.FromEuros(300), 3 * Money.FromEuros(100));
        Assert.True(Money.FromCents(1) > Money.Zero && Money.FromCents(-1).IsNegative);
    }

    [Fact]
    public void BeyondSixtyFourBitsOfCentsIsAnErrorNotAWrapRound()
    {
        Assert.Throws<OverflowException>(() => Money.FromCents(long.MaxValue) + Money.FromCents(1));
        Assert.Throws<OverflowException>(() => Money.FromCents(long.MinValue) - Money.FromCents(1));
        Assert.Throws<OverflowException>(() => -Money.FromCents(long.MinValue));
        Assert.Throws<OverflowException>(() => Money.FromCents(long.MaxValue / 2 + 1) * 2);
        Assert.Throws<OverflowException>(() => Money.FromEuros(long.MaxValue / 10));
    }

    [Fact]
    public void AQuantityOfAPriceRoundsHalvesAwayFromZero()
    {
        Assert.Equal(Money.FromCents(1_095_000), Money.FromCents(30_000).Times(36.5m));
        Assert.Equal(Money.FromCents(2), Money.FromCents(3).Times(0.5m));
        Assert.Equal(Money.FromCents(-2), Money.FromCents(-3).Times(0.5m));
    }

    [Fact]
    public void APartOfNothingIsNoFraction()
    {
        Assert.Equal(0.25m, Money.FromEuros(25).PartOf(Money.FromEuros(100)));
        Assert.Null(Money.FromEuros(25).PartOf(Money.Zero));
    }

    [Fact]
    public void AddingIsAssociativeAndZeroChangesNothing() =>
        Gen.Long[-1_000_000_000_000, 1_000_000_000_000].Select(Gen.Long[-1_000_000_000_000, 1_000_000_000_000], Gen.Long[-1_000_000_000_000, 1_000_000_000_000])
            .Sample((a, b, c) =>
            {
                var (x, y, z) = (Money.FromCents(a), Money.FromCents(b), Money.FromCents(c));
                return (x + y) + z == x + (y + z) && x + Money.Zero == x && x - x == Money.Zero && (x + y).Cents == a + b;
            });
}
