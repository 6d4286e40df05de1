using Buf.Validate;
using Cigales.Security;
using Google.Protobuf.Reflection;

namespace Cigales.ServiceKit.Tests;

/// <summary>
/// Every id a request carries is held to one rule, declared on the field in the contract: letters,
/// digits, '-' and '_', 1 to 64 of them. A blank or whitespace id is thus refused as bad input
/// naming the field before any grain is asked (a grain key cannot be blank).
/// </summary>
public sealed class IdsInTheContract
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
    public void TheContractHasIdFieldsToCheck() =>
        Assert.True(ContractMethods.All.SelectMany(method => IdFields(method.Descriptor.InputType, string.Empty, [])).Count() > 50);

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
