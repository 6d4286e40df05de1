using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cigales.SharedKernel;

/// <summary>The currencies an amount may be in. The association's accounts are kept in euros only.</summary>
public enum Currency
{
    EUR,
}

/// <summary>
/// An amount of money: whole cents of a currency (the default is 0 €). Arithmetic is checked: a
/// sum beyond what 64 bits of cents hold throws <see cref="OverflowException"/> instead of
/// wrapping round, and amounts of two currencies are never added. <see cref="ToString"/> writes it
/// as a treasurer reads it: <c>9 900,00 €</c>.
/// </summary>
[JsonConverter(typeof(MoneyAsCents))]
public readonly record struct Money(long Cents, Currency Currency = Currency.EUR) : IComparable<Money>
{
    public static readonly Money Zero = default;

    public static Money FromCents(long cents) => new(cents);

    public static Money FromEuros(long euros) => new(checked(euros * 100));

    public bool IsZero => Cents == 0;

    public bool IsNegative => Cents < 0;

    public bool IsPositive => Cents > 0;

    public static Money operator +(Money left, Money right) => new(checked(left.Cents + SameCurrency(left, right).Cents), left.Currency);

    public static Money operator -(Money left, Money right) => new(checked(left.Cents - SameCurrency(left, right).Cents), left.Currency);

    public static Money operator -(Money amount) => new(checked(-amount.Cents), amount.Currency);

    public static Money operator *(Money amount, long factor) => new(checked(amount.Cents * factor), amount.Currency);

    public static Money operator *(long factor, Money amount) => amount * factor;

    /// <summary>A quantity of a price (3,5 days at a day's rate), rounded to the cent, halves away from zero.</summary>
    public Money Times(decimal quantity) => new(checked((long)Math.Round(Cents * quantity, MidpointRounding.AwayFromZero)), Currency);

    /// <summary>This amount as a part of <paramref name="whole"/> (0,25 for a quarter); null when the whole is zero.</summary>
    public decimal? PartOf(Money whole) => SameCurrency(this, whole).IsZero ? null : (decimal)Cents / whole.Cents;

    public static Money Min(Money left, Money right) => left <= right ? left : right;

    public static Money Max(Money left, Money right) => left >= right ? left : right;

    public int CompareTo(Money other) => Cents.CompareTo(SameCurrency(this, other).Cents);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>1 234,56 € (plain spaces, whatever the machine's cultures).</summary>
    public override string ToString()
    {
        var magnitude = Math.Abs((decimal)Cents);
        var units = decimal.Truncate(magnitude / 100).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
        var symbol = Currency == Currency.EUR ? "€" : Currency.ToString();
        return $"{(Cents < 0 ? "-" : string.Empty)}{units},{magnitude % 100:00} {symbol}";
    }

    private static Money SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? right
            : throw new InvalidOperationException($"{left} and {right} are in two currencies: convert one first");
}

public static class MoneySums
{
    public static Money Sum(this IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero, (total, amount) => total + amount);

    public static Money Sum<T>(this IEnumerable<T> items, Func<T, Money> amount) => items.Select(amount).Sum();
}

/// <summary>
/// Money in JSON is its number of cents, as every amount was stored before the type existed, so
/// that stored events and documents keep their shape. Euros are implied: a second currency would
/// need a shape of its own here first.
/// </summary>
public sealed class MoneyAsCents : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var cents)
            ? Money.FromCents(cents)
            : throw new JsonException("an amount is a whole number of cents");

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        if (value.Currency != Currency.EUR)
            throw new JsonException($"{value}: only euros have a stored shape");
        writer.WriteNumberValue(value.Cents);
    }
}
