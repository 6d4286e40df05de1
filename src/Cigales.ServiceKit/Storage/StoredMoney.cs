using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cigales.SharedKernel;

namespace Cigales.ServiceKit.Storage;

/// <summary>
/// Amounts were stored as <c>long …Cents</c> before the domain had a <see cref="Money"/> type:
/// an event's <c>Money Amount</c> is stored as <c>"AmountCents": 990000</c>, exactly the shape
/// its stored predecessors have, so that every event and document written before reads back
/// whole (the number itself is <see cref="MoneyAsCents"/>'s work). The stored-shapes tests of
/// each service hold every stored name to what it was.
/// </summary>
public static class StoredMoney
{
    public static void NamedInCents(JsonSerializerOptions options) =>
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NamedInCents } };

    private static void NamedInCents(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(Money) || property.PropertyType == typeof(Money?))
                property.Name += "Cents";
        }
    }
}
