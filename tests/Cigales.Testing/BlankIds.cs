using System.Text;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit;

namespace Cigales.Testing;

/// <summary>
/// Every method of a service, asked with a blank or whitespace id (or one with characters no id
/// has), must refuse it as bad input naming the field — by JSON on every route that has an id in
/// its path, and by gRPC on every id field — never answer 500 / INTERNAL.
/// </summary>
public static class BlankIds
{
    public static readonly string[] Values = [" ", "\t", "  \n ", "a b", "../x", "%", new string('a', 65)];

    public static async Task EveryRouteRefusesThemAsync(string service, HttpClient json)
    {
        var wrong = new List<string>();
        foreach (var method in ContractProbes.MethodsOf(service))
        {
            foreach (var field in ContractProbes.PathIds(method))
            {
                foreach (var value in Values)
                {
                    var path = ContractProbes.JsonPath(method, field, value);
                    using var request = new HttpRequestMessage(new HttpMethod(method.JsonVerb), path);
                    if (method.JsonVerb != "GET")
                    {
                        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    }

                    using var response = await json.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode != 400 || !NamesField(body, field))
                    {
                        wrong.Add($"{method.JsonVerb} {path} ({field} = {JsonSerializer.Serialize(value)}): {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} routes did not refuse a bad id as 400 naming it:\n{string.Join('\n', wrong)}");
    }

    public static async Task EveryMethodRefusesThemAsync(string service, GrpcChannel grpc)
    {
        var wrong = new List<string>();
        foreach (var method in ContractProbes.MethodsOf(service))
        {
            foreach (var field in ContractProbes.IdFields(method))
            {
                foreach (var value in Values)
                {
                    try
                    {
                        var request = ContractProbes.RequestWith(method, field, value);
                        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                        if (method.Descriptor.IsServerStreaming)
                        {
                            await ContractProbes.ReadFirstAsync(grpc, method, request, cancel.Token);
                        }
                        else
                        {
                            await ContractProbes.CallAsync(grpc, method, request, cancel.Token);
                        }

                        wrong.Add($"{method.GrpcPath} ({field} = {JsonSerializer.Serialize(value)}): answered");
                    }
                    catch (RpcException refused) when (refused.StatusCode == StatusCode.InvalidArgument
                        && refused.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Any(violation => violation.Field == field) == true)
                    {
                    }
                    catch (RpcException refused)
                    {
                        wrong.Add($"{method.GrpcPath} ({field} = {JsonSerializer.Serialize(value)}): {refused.StatusCode} {refused.Status.Detail}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} calls did not refuse a bad id as INVALID_ARGUMENT naming it:\n{string.Join('\n', wrong)}");
    }

    private static bool NamesField(string body, string field)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("details", out var details) && details.EnumerateArray()
                .Where(detail => detail.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest")
                .SelectMany(detail => detail.GetProperty("fieldViolations").EnumerateArray())
                .Any(violation => violation.GetProperty("field").GetString() == field);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
