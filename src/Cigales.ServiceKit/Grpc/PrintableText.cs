using Cigales.SharedKernel;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Cigales.ServiceKit.Grpc;

/// <summary>
/// One rule for every text a request carries, whatever its field: no control characters (line
/// breaks and tabs aside). A name with a NUL or an escape sequence in it would be stored, shown
/// and exported as it came; refused at the edge, it names the field like any other rule.
/// </summary>
public static class PrintableText
{
    public const string Rule = "text.printable";

    public static IEnumerable<Refusal> Check(IMessage message) => Check(message, string.Empty);

    private static IEnumerable<Refusal> Check(IMessage message, string path)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var name = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            var value = field.Accessor.GetValue(message);
            switch (field.FieldType)
            {
                case FieldType.String when field.IsRepeated:
                    var index = 0;
                    foreach (string text in (System.Collections.IList)value)
                    {
                        if (HasControl(text))
                        {
                            yield return Refused($"{name}[{index}]");
                        }

                        index++;
                    }

                    break;
                case FieldType.String when HasControl((string)value):
                    yield return Refused(name);
                    break;
                case FieldType.Message when field.IsRepeated && !field.IsMap:
                    var item = 0;
                    foreach (IMessage nested in (System.Collections.IList)value)
                    {
                        foreach (var refusal in Check(nested, $"{name}[{item}]"))
                        {
                            yield return refusal;
                        }

                        item++;
                    }

                    break;
                case FieldType.Message when !field.IsMap && value is IMessage nested:
                    foreach (var refusal in Check(nested, name))
                    {
                        yield return refusal;
                    }

                    break;
            }
        }
    }

    private static bool HasControl(string text)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character) && character is not ('\t' or '\n' or '\r'))
            {
                return true;
            }
        }

        return false;
    }

    private static Refusal Refused(string field) =>
        Refusal.Invalid(field, Rule, $"{field} must not contain control characters");
}
