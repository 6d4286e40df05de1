using Buf.Validate;
using Cigales.Security;
using Google.Protobuf.Reflection;

namespace Cigales.ServiceKit.Tests;

/// <summary>
/// What no request may carry, declared field by field in the contract so that it is refused as bad
/// input naming the field before any code runs: a blank or malformed id (letters, digits, '-' and
/// '_', 1 to 64 of them — a grain key cannot be blank), a text of unbounded length, an amount of
/// money with no rule on its sign.
/// </summary>
public sealed class RulesInTheContract
{
    private const string IdPattern = "^[0-9A-Za-z_-]{1,64}$";

    [Fact]
    public void EveryIdFieldOfEveryRequestCarriesTheIdRule()
    {
        var requests = ContractMethods.All.Select(method => method.Descriptor.InputType).Distinct().ToList();
        var missing = requests
            .SelectMany(request => IdFields(request, request.Name, []))
            .Where(field => Rule(field.Field)?.Pattern != IdPattern)
            .Select(field => field.Path)
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, $"id fields without the id rule ({IdPattern}):\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void EveryTextOfEveryRequestHasABoundedLength()
    {
        var unbounded = Fields()
            .Where(field => field.Field.FieldType == FieldType.String)
            .Where(field => Rule(field.Field) is not { } rule || !(rule.HasMaxLen || rule.HasLen || rule.HasUuid || rule.Pattern.EndsWith('$') || rule.In.Count > 0))
            .Select(field => field.Path)
            .Distinct()
            .ToList();

        Assert.True(unbounded.Count == 0, $"text fields with no bound on their length:\n{string.Join('\n', unbounded)}");
    }

    [Fact]
    public void EveryAmountOfEveryRequestHasARuleOnItsSign()
    {
        var unruled = Fields()
            .Where(field => field.Field.FieldType == FieldType.Message && field.Field.MessageType.FullName == "cigales.common.v1.Money")
            .Where(field => field.Field.GetOptions()?.GetExtension(ValidateExtensions.Field) is not { Cel.Count: > 0 })
            .Select(field => field.Path)
            .Distinct()
            .ToList();

        Assert.True(unruled.Count == 0, $"amounts with no rule on their sign:\n{string.Join('\n', unruled)}");
    }

    [Fact]
    public void TheContractHasIdFieldsToCheck() =>
        Assert.True(ContractMethods.All.SelectMany(method => IdFields(method.Descriptor.InputType, string.Empty, [])).Count() > 50);

    /// <summary>Every field of every request, nested messages of the contract included.</summary>
    private static IEnumerable<(string Path, FieldDescriptor Field)> Fields() =>
        ContractMethods.All.Select(method => method.Descriptor.InputType).Distinct()
            .SelectMany(request => AllFields(request, request.Name, []));

    private static IEnumerable<(string Path, FieldDescriptor Field)> AllFields(MessageDescriptor message, string path, HashSet<MessageDescriptor> seen)
    {
        if (!seen.Add(message))
        {
            yield break;
        }

        foreach (var field in message.Fields.InFieldNumberOrder())
        {
            yield return ($"{path}.{field.Name}", field);
            if (field.FieldType == FieldType.Message && field.MessageType.File.Package.StartsWith("cigales.", StringComparison.Ordinal)
                && field.MessageType.FullName != "cigales.common.v1.Money")
            {
                foreach (var nested in AllFields(field.MessageType, $"{path}.{field.Name}", seen))
                {
                    yield return nested;
                }
            }
        }
    }

    private static StringRules? Rule(FieldDescriptor field)
    {
        var rules = field.GetOptions()?.GetExtension(ValidateExtensions.Field);
        return field.IsRepeated ? rules?.Repeated?.Items?.String : rules?.String;
    }

    private static IEnumerable<(string Path, FieldDescriptor Field)> IdFields(MessageDescriptor message, string path, HashSet<MessageDescriptor> seen)
    {
        if (!seen.Add(message))
        {
            yield break;
        }

        foreach (var field in message.Fields.InFieldNumberOrder())
        {
            var fieldPath = $"{path}.{field.Name}";
            if (field.FieldType == FieldType.String && field.Name != "request_id"
                && (field.Name.EndsWith("_id", StringComparison.Ordinal) || (field.IsRepeated && field.Name.EndsWith("_ids", StringComparison.Ordinal))))
            {
                yield return (fieldPath, field);
            }
            else if (field.FieldType == FieldType.Message && field.MessageType.File.Package.StartsWith("cigales.", StringComparison.Ordinal))
            {
                foreach (var nested in IdFields(field.MessageType, fieldPath, seen))
                {
                    yield return nested;
                }
            }
        }
    }
}
