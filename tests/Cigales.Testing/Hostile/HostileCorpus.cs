using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;
using Cigales.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Cigales.Testing.Hostile;

/// <summary>One hostile request, as bytes on the wire: by JSON or by gRPC, to one method of the contract.</summary>
/// <param name="Refusable">Whether the system must refuse it: every write, and every malformed request; a read may answer.</param>
public sealed record HostileInput(string What, ContractMethod Method, bool Grpc, string Verb, string Path, byte[] Body, string ContentType, bool Refusable);

/// <summary>
/// A corpus of requests that no service may take, generated from the contract: for every method,
/// by gRPC and by JSON, each field given values no rule allows (blank and malformed ids, ids of
/// another kind, texts too long or with control characters, negative and overflowing amounts,
/// days that do not exist, numbers beyond their type, enum values that are none, SIRET and RNA
/// that fail their checks), and requests that are no request at all (malformed JSON, protobuf
/// frames cut short, garbage bytes). Values a field may legitimately take are never used, so that
/// every write in the corpus must be refused.
/// </summary>
public static class HostileCorpus
{
    private static readonly string[] BadIds = [" ", "\t", " \n ", "a b", "../../etc/passwd", "%00", "id;drop", new string('7', 65), "é", "a/b", "*", "💥",
        "\u202egnp.exe", "zéro\u200blargeur", "\ufeffbom", "a.b", "\"quoted\"", "<script>", "' OR 1=1 --", "%20",
    ];

    private static readonly string[] BadTexts = ["Nul\u0000lement", "\u001b[2J\u001b[H", "cloche\u0007", "\u009b31m", "ligne\u000bverticale", "suppr\u007f", "\u0085suivante", "unité\u001fséparée", new string('x', 100_001)];

    private static readonly string[] BadDays = ["2025-02-30", "2025-13-01", "0000-00-00", "9999-99-99", "2025-2-3", "hier", "2025-02-29", "2025-04-31", "2025-01-01T00:00:00Z",
        "2025-00-10", "2025-06-00", "2025/01/01", "01/01/2025", "２０２５-01-01",
    ];

    private static readonly string[] BadUuids = ["not-a-uuid", "12345", "{0123}", "00000000-0000-0000-0000-00000000000g"];

    private static readonly string[] BadSirets = ["22620001200013", "12345678901234", "2262000120001", "ABCDEFGHIJKLMN"];

    private static readonly string[] BadRnas = ["W12345678", "X123456789", "W1234567890"];

    private static readonly long[] BadCents = [-1, -100, -99_999_999, long.MinValue];

    private static readonly string[] MalformedJson =
    [
        "{", "}", "[]", "null", "\"x\"", "{\"a\":}", "{\"a\":1,,}", "{'a':1}", new string('[', 3000), "\"\\ud800\"", "\u00ef\u00bb\u00bf{", "{\"a\":1}garbage",
    ];

    /// <summary>JSON values of another type than the field's: none of them can be read as its value.</summary>
    private static string[] WrongJsonTypes(FieldDescriptor field) => field switch
    {
        { IsRepeated: true } => ["{}", "\"text\"", "true", "1.5"],
        { FieldType: FieldType.String } => ["{}", "[]", "true", "1.5", "-1e400"],
        { FieldType: FieldType.Message } => ["\"text\"", "[]", "true", "1.5"],
        { FieldType: FieldType.Double or FieldType.Float } => ["\"text\"", "{}", "[]", "true"],
        { FieldType: FieldType.Bool } => ["\"text\"", "{}", "[]", "2"],
        _ => ["\"text\"", "{}", "[]", "true", "1.5", "99999999999999999999999999"],
    };

    /// <param name="bases">Per method, a valid request to spoil one field at a time; other methods start from an empty request.</param>
    /// <param name="otherKinds">Ids of existing records, each named by its kind ("club", "enterprise"...): given where another kind is asked for.</param>
    public static IEnumerable<HostileInput> Generate(IReadOnlyDictionary<string, IMessage> bases, IReadOnlyDictionary<string, string> otherKinds)
    {
        foreach (var method in ContractMethods.All)
        {
            var start = bases.GetValueOrDefault(method.GrpcPath) ?? method.Descriptor.InputType.Parser.ParseFrom(ByteString.Empty);
            var write = method.Scope.EndsWith(".write", StringComparison.Ordinal);
            foreach (var (what, request) in Spoiled(start, otherKinds))
            {
                // An id of another kind in a read's filter simply finds nothing; anywhere else it is refused.
                var refusable = write || what.Contains("[refused]", StringComparison.Ordinal);
                var label = what.Replace("[refused]", string.Empty, StringComparison.Ordinal);
                yield return Grpc(method, label, Frame(request.ToByteArray()), refusable);
                if (method.JsonPath.Length > 0)
                {
                    yield return Json(method, label, JsonRequest(method, request), refusable);
                }
            }

            foreach (var (what, frame) in MalformedFrames(start))
            {
                yield return Grpc(method, what, frame, true) with { ContentType = what == "text content" ? "text/plain" : "application/grpc" };
            }

            if (method.JsonPath.Length > 0 && method.JsonVerb != "GET")
            {
                foreach (var body in MalformedJson)
                {
                    yield return Json(method, $"malformed JSON {Shorten(body)}", (JsonPath(method, start), Encoding.UTF8.GetBytes(body)), true);
                }

                foreach (var field in method.Descriptor.InputType.Fields.InFieldNumberOrder().Where(field => !InPath(method, field.Name)))
                {
                    foreach (var value in WrongJsonTypes(field))
                    {
                        var body = JsonBody(method, start);
                        body[field.JsonName] = JsonNode.Parse(value) ?? JsonValue.Create(value);
                        yield return Json(method, $"{field.JsonName} = {Shorten(value)}", (JsonPath(method, start), Encoding.UTF8.GetBytes(body.ToJsonString())), write);
                    }
                }
            }
        }
    }

    /// <summary>The request with one field spoiled: at the top, or one level down in a message it holds.</summary>
    private static IEnumerable<(string What, IMessage Request)> Spoiled(IMessage start, IReadOnlyDictionary<string, string> otherKinds)
    {
        foreach (var field in start.Descriptor.Fields.InFieldNumberOrder())
        {
            foreach (var (what, value, refused) in Values(field, otherKinds))
            {
                var request = Copy(start);
                Set(request, field, value);
                yield return ($"{field.Name} = {Shorten(what)}{(refused ? "[refused]" : string.Empty)}", request);
            }

            if (field.FieldType != FieldType.Message || field.IsMap || field.MessageType.FullName == "cigales.common.v1.Money"
                || !field.MessageType.File.Package.StartsWith("cigales.", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var inner in field.MessageType.Fields.InFieldNumberOrder())
            {
                foreach (var (what, value, refused) in Values(inner, otherKinds))
                {
                    var request = Copy(start);
                    var nested = field.MessageType.Parser.ParseFrom(ByteString.Empty);
                    Set(nested, inner, value);
                    if (field.IsRepeated)
                    {
                        var list = (System.Collections.IList)field.Accessor.GetValue(request);
                        list.Clear();
                        list.Add(nested);
                    }
                    else
                    {
                        field.Accessor.SetValue(request, nested);
                    }

                    yield return ($"{field.Name}.{inner.Name} = {Shorten(what)}{(refused ? "[refused]" : string.Empty)}", request);
                }
            }
        }
    }

    private static IMessage Copy(IMessage message) => message.Descriptor.Parser.ParseFrom(message.ToByteString());

    private static IEnumerable<(string What, object Value, bool Refused)> Values(FieldDescriptor field, IReadOnlyDictionary<string, string> otherKinds)
    {
        switch (field.FieldType)
        {
            case FieldType.String when field.Name == "request_id":
                foreach (var value in BadUuids)
                {
                    yield return (value, value, true);
                }

                break;
            case FieldType.String when field.Name.EndsWith("_id", StringComparison.Ordinal) || field.Name.EndsWith("_ids", StringComparison.Ordinal):
                foreach (var value in BadIds)
                {
                    yield return (value, value, true);
                }

                // Only where the field refers to a record of a known kind: a label (a round's id) may be any id.
                var refersToAKind = otherKinds.Keys.Any(kind => NamesKind(field.Name, kind));
                foreach (var (kind, id) in otherKinds.Where(other => refersToAKind && !NamesKind(field.Name, other.Key)))
                {
                    yield return ($"the id of a {kind}", id, false);
                }

                break;
            case FieldType.String when field.Name is "siret":
                foreach (var value in BadSirets)
                {
                    yield return (value, value, true);
                }

                break;
            case FieldType.String when field.Name is "rna":
                foreach (var value in BadRnas)
                {
                    yield return (value, value, true);
                }

                break;
            case FieldType.String when IsDay(field):
                foreach (var value in BadDays)
                {
                    yield return (value, value, true);
                }

                break;
            case FieldType.String:
                foreach (var value in BadTexts)
                {
                    yield return (value, value, true);
                }

                break;
            case FieldType.Message when field.MessageType.FullName == "cigales.common.v1.Money" && !field.IsRepeated:
                foreach (var cents in BadCents)
                {
                    yield return ($"{cents} cents", cents, true);
                }

                break;
            case FieldType.Enum when !field.IsRepeated:
                yield return ("enum value 999", 999, true);
                yield return ("enum value -1", -1, true);
                break;
        }
    }

    /// <summary>The kinds of record an id field may name: its own, and the kinds its name stands for.</summary>
    private static bool NamesKind(string field, string kind) => field.Contains(kind, StringComparison.Ordinal) || kind switch
    {
        "organisation" => field is "partner_id" or "funder_id" or "beneficiary_id",
        "project_holder" => field is "holder_id",
        "person" => field is "member_id" or "sponsor_ids" or "author_id",
        _ => false,
    };

    private static bool IsDay(FieldDescriptor field) =>
        field.Name is "on" or "as_of" or "start" or "end" || field.Name.EndsWith("_on", StringComparison.Ordinal)
        || field.Name.EndsWith("_end", StringComparison.Ordinal) || field.Name.EndsWith("_due", StringComparison.Ordinal);

    private static void Set(IMessage request, FieldDescriptor field, object value)
    {
        switch (value)
        {
            case string text when field.IsRepeated:
                var list = (System.Collections.IList)field.Accessor.GetValue(request);
                list.Clear();
                list.Add(text);
                break;
            case string text:
                field.Accessor.SetValue(request, text);
                break;
            case long cents:
                var money = field.MessageType.Parser.ParseFrom(ByteString.Empty);
                money.Descriptor.FindFieldByName("cents").Accessor.SetValue(money, cents);
                field.Accessor.SetValue(request, money);
                break;
            case int number:
                field.Accessor.SetValue(request, number);
                break;
        }
    }

    private static IEnumerable<(string What, byte[] Frame)> MalformedFrames(IMessage start)
    {
        var random = new Random(start.Descriptor.FullName.Length);
        var valid = start.ToByteArray();
        for (var i = 0; i < 3; i++)
        {
            var garbage = new byte[random.Next(1, 64)];
            random.NextBytes(garbage);
            yield return ($"garbage {i}", Frame(garbage));
        }

        yield return ("frame longer than its message", [0, 0, 0, 4, 0, .. valid]);
        yield return ("frame shorter than its message", [0, 0, 0, 0, 1, .. valid, 1, 2, 3]);
        yield return ("compressed without encoding", [1, .. Frame(valid)[1..]]);
        yield return ("no frame", [0, 0]);
        yield return ("two messages", [.. Frame(valid), .. Frame(valid)]);
        yield return ("varint overflow", Frame([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
        if (start.Descriptor.Fields.InFieldNumberOrder().FirstOrDefault(field => field.FieldType == FieldType.String) is { } text)
        {
            // The field's tag (length-delimited), two bytes that are no UTF-8.
            yield return ("invalid UTF-8 text", Frame([.. Varint(((uint)text.FieldNumber << 3) | 2u), 0x02, 0xff, 0xfe]));
        }
        yield return ("no such wire type", Frame([0x0f, 1, 2, 3, 4]));
        // Field 15 opening a group 200 times: deeper than any parser's recursion limit.
        yield return ("nesting too deep", Frame([.. Enumerable.Repeat((byte)0x7b, 200)]));
        yield return ("text content", Frame(valid));
    }

    private static byte[] Varint(uint value)
    {
        var bytes = new List<byte>();
        do
        {
            bytes.Add((byte)((value & 0x7fu) | (value > 0x7fu ? 0x80u : 0u)));
            value >>= 7;
        }
        while (value > 0);
        return [.. bytes];
    }

    private static byte[] Frame(byte[] message)
    {
        var frame = new byte[message.Length + 5];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }

    private static HostileInput Grpc(ContractMethod method, string what, byte[] frame, bool refusable) =>
        new($"gRPC {method.GrpcPath} {what}", method, true, "POST", method.GrpcPath, frame, "application/grpc", refusable);

    private static HostileInput Json(ContractMethod method, string what, (string Path, byte[] Body) request, bool refusable) =>
        new($"{method.JsonVerb} {method.JsonPath} {what}", method, false, method.JsonVerb, request.Path, request.Body, "application/json", refusable);

    /// <summary>The JSON request for a message with one field replaced by a raw JSON token: in the path, the query or the body.</summary>
    /// <summary>The JSON twin of a request: its path parameters in the path, the rest in the query (GET) or the body.</summary>
    private static (string Path, byte[] Body) JsonRequest(ContractMethod method, IMessage request)
    {
        var body = JsonBody(method, request);
        if (method.JsonVerb != "GET")
        {
            return (JsonPath(method, request), Encoding.UTF8.GetBytes(body.ToJsonString()));
        }

        var query = body.SelectMany(property => property.Value is JsonObject nested
                ? nested.Select(inner => ($"{property.Key}.{inner.Key}", inner.Value))
                : [(property.Key, property.Value)])
            .Where(parameter => parameter.Item2 is JsonValue)
            .Select(parameter => $"{parameter.Item1}={Uri.EscapeDataString(parameter.Item2 is JsonValue value && value.TryGetValue<string>(out var text) ? text : parameter.Item2!.ToJsonString())}");
        return ($"{JsonPath(method, request)}?{string.Join('&', query)}", []);
    }

    private static JsonObject JsonBody(ContractMethod method, IMessage request)
    {
        var body = JsonNode.Parse(JsonFormatter.Default.Format(request))!.AsObject();
        foreach (var field in method.Descriptor.InputType.Fields.InFieldNumberOrder().Where(field => InPath(method, field.Name)))
        {
            body.Remove(field.JsonName);
        }

        return body;
    }

    private static string JsonPath(ContractMethod method, IMessage request) =>
        System.Text.RegularExpressions.Regex.Replace(method.JsonPath, @"\{([a-z_.]+)\}", match =>
        {
            var field = request.Descriptor.FindFieldByName(match.Groups[1].Value);
            var value = field?.Accessor.GetValue(request);
            var text = value switch
            {
                string id when id.Length > 0 => id,
                string => ContractProbes.SomeId,
                Enum or int => field!.FieldType == FieldType.Enum ? field.EnumType.FindValueByNumber(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture))?.Name ?? "999" : value.ToString()!,
                _ => ContractProbes.SomeId,
            };
            return Uri.EscapeDataString(text);
        });

    private static bool InPath(ContractMethod method, string field) => method.JsonPath.Contains($"{{{field}}}", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 24 ? text.Replace("\u0000", "\\0", StringComparison.Ordinal) : $"{text[..12]}…({text.Length} chars)";
}
