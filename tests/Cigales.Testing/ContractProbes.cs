using System.Text.RegularExpressions;
using Cigales.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace Cigales.Testing;

/// <summary>
/// Calls any method of the contract without its generated client, so that a test can go through
/// every method of a service (or every route of its JSON API) with the same hostile input.
/// </summary>
public static partial class ContractProbes
{
    /// <summary>An id the system could have made, for the parameters a probe does not aim at.</summary>
    public const string SomeId = "0123456789abcdef0123456789abcdef";

    /// <summary>The methods of one service (clubs, grants, events, finance).</summary>
    public static IEnumerable<ContractMethod> MethodsOf(string service) =>
        ContractMethods.All.Where(method => method.Service == service);

    /// <summary>The id parameters of a JSON path template: <c>{club_id}</c>, <c>{partner_id}</c>...</summary>
    public static IReadOnlyList<string> PathIds(ContractMethod method) =>
        PathParameter().Matches(method.JsonPath).Select(match => match.Groups[1].Value).Where(name => name.EndsWith("_id", StringComparison.Ordinal)).ToList();

    /// <summary>The JSON path with <paramref name="field"/> set to <paramref name="value"/> (escaped) and every other parameter to a plausible value.</summary>
    public static string JsonPath(ContractMethod method, string field, string value) =>
        PathParameter().Replace(method.JsonPath, match => match.Groups[1].Value == field
            ? Uri.EscapeDataString(value)
            : PlausibleParameter(method, match.Groups[1].Value));

    /// <summary>An empty request of the method, with its text field <paramref name="field"/> set to <paramref name="value"/>.</summary>
    public static IMessage RequestWith(ContractMethod method, string field, string value)
    {
        var request = method.Descriptor.InputType.Parser.ParseFrom(ByteString.Empty);
        var descriptor = method.Descriptor.InputType.FindFieldByName(field)
            ?? throw new ArgumentException($"{method.GrpcPath} has no field {field}", nameof(field));
        descriptor.Accessor.SetValue(request, value);
        return request;
    }

    /// <summary>The top-level text fields of a method's request that name an id (<c>club_id</c>, never <c>request_id</c>, an idempotency key).</summary>
    public static IReadOnlyList<string> IdFields(ContractMethod method) => method.Descriptor.InputType.Fields.InFieldNumberOrder()
        .Where(field => field.FieldType == FieldType.String && !field.IsRepeated && field.Name.EndsWith("_id", StringComparison.Ordinal) && field.Name != "request_id")
        .Select(field => field.Name)
        .ToList();

    /// <summary>Calls a unary method with any request; the answer is returned as the raw message.</summary>
    public static async Task<IMessage> CallAsync(GrpcChannel channel, ContractMethod method, IMessage request, CancellationToken cancellationToken = default)
    {
        var call = channel.CreateCallInvoker().AsyncUnaryCall(UnaryOf(method), null, new CallOptions(cancellationToken: cancellationToken), request);
        return await call.ResponseAsync;
    }

    /// <summary>Calls a server-streaming method and reads its first answer, if any.</summary>
    public static async Task ReadFirstAsync(GrpcChannel channel, ContractMethod method, IMessage request, CancellationToken cancellationToken = default)
    {
        using var call = channel.CreateCallInvoker().AsyncServerStreamingCall(StreamingOf(method), null, new CallOptions(cancellationToken: cancellationToken), request);
        await call.ResponseStream.MoveNext(cancellationToken);
    }

    private static Method<IMessage, IMessage> UnaryOf(ContractMethod method) => new(
        MethodType.Unary, method.Descriptor.Service.FullName, method.Descriptor.Name, Marshal(method.Descriptor.InputType), Marshal(method.Descriptor.OutputType));

    private static Method<IMessage, IMessage> StreamingOf(ContractMethod method) => new(
        MethodType.ServerStreaming, method.Descriptor.Service.FullName, method.Descriptor.Name, Marshal(method.Descriptor.InputType), Marshal(method.Descriptor.OutputType));

    private static Marshaller<IMessage> Marshal(MessageDescriptor type) =>
        Marshallers.Create(message => message.ToByteArray(), bytes => type.Parser.ParseFrom(bytes));

    private static string PlausibleParameter(ContractMethod method, string name)
    {
        var field = FieldAt(method.Descriptor.InputType, name);
        return field?.FieldType == FieldType.Enum ? field.EnumType.Values[^1].Name : SomeId;
    }

    private static FieldDescriptor? FieldAt(MessageDescriptor type, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var field = type.FindFieldByName(dot < 0 ? path : path[..dot]);
        return dot < 0 || field?.FieldType != FieldType.Message ? field : FieldAt(field.MessageType, path[(dot + 1)..]);
    }

    [GeneratedRegex(@"\{([a-z_.]+)(?:=[^}]*)?\}")]
    private static partial Regex PathParameter();
}
