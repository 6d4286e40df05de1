using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Orleans;
using Cigales.SharedKernel;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Cigales.ServiceKit.Tests;

/// <summary>The grains' records carry no Orleans attribute: they travel as JSON between silos and as they are within one.</summary>
public sealed class PlainRecordsOverTheWire
{
    public enum Colour
    {
        Green,
        Red,
    }

    public sealed record Inner(DateOnly On, Colour Colour, Money? Amount);

    public sealed record Outer(string Name, IReadOnlyList<Inner> Lines, IReadOnlyList<string> Tags);

    private static readonly Outer Sample = new("Canche", [new Inner(new DateOnly(2025, 5, 19), Colour.Red, Money.FromEuros(9_900)), new Inner(new DateOnly(2025, 2, 28), Colour.Green, null)], []);

    private static ServiceProvider Services() => new ServiceCollection().AddPlainRecords().BuildServiceProvider();

    [Fact]
    public void BetweenSilosARecordMakesTheRoundTripWhole()
    {
        using var services = Services();
        var serializer = services.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<Outer>(serializer.SerializeToArray(Sample));

        Assert.NotSame(Sample, copy);
        Assert.Equivalent(Sample, copy, strict: true);
    }

    [Fact]
    public void AnAmountAloneMakesTheRoundTrip()
    {
        using var services = Services();
        var serializer = services.GetRequiredService<Serializer>();

        Assert.Equal(Money.FromCents(-1_234_56), serializer.Deserialize<Money>(serializer.SerializeToArray(Money.FromCents(-1_234_56))));
    }

    [Fact]
    public void WithinASiloARecordIsPassedAsItIs()
    {
        using var services = Services();

        Assert.Same(Sample, services.GetRequiredService<DeepCopier>().Copy(Sample));
    }

    [Fact]
    public void ARefusalKeepsEveryProblemOnTheWay()
    {
        using var services = Services();
        var serializer = services.GetRequiredService<Serializer>();
        var refused = new RefusedException([Refusal.Invalid("amount", "money.positive", "amount must be more than zero cents"), Refusal.NotFound("club_id", "club.exists", "no club")]);

        var copy = serializer.Deserialize<RefusedException>(serializer.SerializeToArray(refused));

        Assert.Equal(refused.Refusals, copy!.Refusals);
    }
}
