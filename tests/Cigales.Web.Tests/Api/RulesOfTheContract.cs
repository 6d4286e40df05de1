using System.Collections;
using Buf.Validate;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Cigales.Web.Tests.Api;

/// <summary>
/// The rules the contract itself checks, as protovalidate names them when a request breaks one:
/// the ids of the contract's own CEL rules (<c>money.positive</c>), and the standard rules its
/// fields carry (<c>required</c>, <c>string.pattern</c>, <c>int32.gte_lte</c>,
/// <c>string.uuid_empty</c>…), read from the contract's descriptors as the validator reads them.
/// </summary>
public static class RulesOfTheContract
{
    private static readonly FileDescriptor[] Files =
        [ClubsReflection.Descriptor, GrantsReflection.Descriptor, EventsReflection.Descriptor, FinanceReflection.Descriptor, CommonReflection.Descriptor];

    private static readonly HashSet<string> Bounds = new(StringComparer.Ordinal) { "gt", "gte", "lt", "lte" };

    /// <summary>Each rule with the fields that carry it (cigales.grants.v1.RecordGrantPaymentRequest.request_id).</summary>
    public static IReadOnlyDictionary<string, List<string>> Read()
    {
        var rules = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string rule, string where)
        {
            if (!rules.TryGetValue(rule, out var places))
            {
                rules[rule] = places = [];
            }

            places.Add(where);
        }

        foreach (var message in Files.SelectMany(file => file.MessageTypes).SelectMany(WithNested))
        {
            foreach (var rule in message.GetOptions()?.GetExtension(ValidateExtensions.Message)?.Cel ?? [])
            {
                Add(rule.Id, message.FullName);
            }

            foreach (var field in message.Fields.InDeclarationOrder())
            {
                if (field.GetOptions()?.GetExtension(ValidateExtensions.Field) is { } fieldRules)
                {
                    foreach (var rule in Of(fieldRules))
                    {
                        Add(rule, field.FullName);
                    }
                }
            }
        }

        return rules;
    }

    private static IEnumerable<MessageDescriptor> WithNested(MessageDescriptor message) =>
        message.NestedTypes.SelectMany(WithNested).Prepend(message);

    private static IEnumerable<string> Of(FieldRules rules)
    {
        if (rules.Required)
        {
            yield return "required";
        }

        foreach (var rule in rules.Cel)
        {
            yield return rule.Id;
        }

        // The type's rules: string, int32, enum, repeated…
        var typeCase = FieldRules.Descriptor.Oneofs.Single(oneof => oneof.Name == "type").Accessor.GetCaseFieldDescriptor(rules);
        if (typeCase is null || typeCase.Accessor.GetValue(rules) is not IMessage typeRules)
        {
            yield break;
        }

        var type = typeCase.Name;
        var set = typeRules.Descriptor.Fields.InDeclarationOrder().Where(field => IsSet(typeRules, field) && field.Name != "example").ToList();
        foreach (var field in set)
        {
            if (field.FieldType == FieldType.Message && field.Accessor.GetValue(typeRules) is FieldRules inner)
            {
                // The rules of a repeated field's items, of a map's keys and values.
                foreach (var rule in Of(inner))
                {
                    yield return rule;
                }
            }
            else if (Bounds.Contains(field.Name))
            {
                if (Bound(type, typeRules, set, field) is { } rule)
                {
                    yield return rule;
                }
            }
            else if (field.GetOptions()?.GetExtension(ValidateExtensions.Predefined)?.Cel is { Count: > 0 } predefined)
            {
                // A format has a rule for an empty value besides its own: string.uuid and string.uuid_empty.
                foreach (var rule in predefined)
                {
                    yield return rule.Id;
                }
            }
            else
            {
                // The validator's own: enum.defined_only.
                yield return $"{type}.{field.Name}";
            }
        }
    }

    /// <summary>A lower and an upper bound make one rule (int32.gte_lte), reported by the lower one; exclusive when the range is outside.</summary>
    private static string? Bound(string type, IMessage typeRules, List<FieldDescriptor> set, FieldDescriptor field)
    {
        var lower = set.FirstOrDefault(other => other.Name is "gt" or "gte");
        var upper = set.FirstOrDefault(other => other.Name is "lt" or "lte");
        if (lower is null || upper is null)
        {
            return $"{type}.{field.Name}";
        }

        if (field != lower)
        {
            return null;
        }

        var outside = Comparer.Default.Compare(lower.Accessor.GetValue(typeRules), upper.Accessor.GetValue(typeRules)) > 0;
        return $"{type}.{lower.Name}_{upper.Name}{(outside ? "_exclusive" : string.Empty)}";
    }

    private static bool IsSet(IMessage message, FieldDescriptor field) =>
        field.IsRepeated || field.IsMap
            ? ((ICollection)field.Accessor.GetValue(message)).Count > 0
            : field.HasPresence
                ? field.Accessor.HasValue(message)
                : !Equals(field.Accessor.GetValue(message), DefaultOf(field));

    private static object? DefaultOf(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Bool => false,
        FieldType.String => string.Empty,
        FieldType.Message or FieldType.Group => null,
        FieldType.Bytes => ByteString.Empty,
        _ => Activator.CreateInstance(field.Accessor.GetValue(field.ContainingType.Parser.ParseFrom(ByteString.Empty)).GetType()),
    };
}
