using Cigales.ServiceKit.Storage;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.ServiceKit.Tests;

/// <summary>Amounts keep the stored shape they had as <c>long …Cents</c>, so that older streams read back whole.</summary>
public sealed class StoredAmounts
{
    private static readonly ISerializer Stored = new StoreOptions().UseCigalesConventions().Serializer();

    public sealed record Paid(Money Amount, Money? Fee, IReadOnlyList<Paid.Part> Parts)
    {
        public sealed record Part(string Label, Money Amount);
    }

    [Fact]
    public void AnAmountIsStoredAsItsCentsUnderItsFormerName() =>
        Assert.Equal(
            """{"AmountCents":990000,"FeeCents":null,"Parts":[{"Label":"a","AmountCents":-5}]}""",
            Stored.ToJson(new Paid(Money.FromEuros(9_900), null, [new Paid.Part("a", Money.FromCents(-5))])));

    [Fact]
    public void AnEventStoredBeforeTheMoneyTypeReadsBackWhole()
    {
        var read = (Paid)Stored.FromJson(typeof(Paid), new MemoryStream("""{"AmountCents":990000,"FeeCents":150,"Parts":[{"Label":"a","AmountCents":1}]}"""u8.ToArray()));

        Assert.Equal(Money.FromEuros(9_900), read.Amount);
        Assert.Equal(Money.FromCents(150), read.Fee);
        Assert.Equal(Money.FromCents(1), Assert.Single(read.Parts).Amount);
    }
}
