using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace Cigales.Testing;

/// <summary>Assertions on refusals, as gRPC statuses and as their JSON rendering.</summary>
public static class Statuses
{
    /// <summary>The call fails with <paramref name="code"/> and a BadRequest detail naming <paramref name="field"/>.</summary>
    public static async Task<BadRequest.Types.FieldViolation> RefusedAsync(StatusCode code, string field, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, exception.StatusCode);
        var status = exception.GetRpcStatus() ?? throw new Xunit.Sdk.XunitException("the status carries no details");
        var badRequest = status.GetDetail<BadRequest>() ?? throw new Xunit.Sdk.XunitException("no BadRequest detail");
        return Assert.Single(badRequest.FieldViolations, violation => violation.Field == field);
    }

    /// <summary>The call fails with <paramref name="code"/> and an ErrorInfo detail carrying <paramref name="rule"/>; answers the message.</summary>
    public static async Task<string> RefusedByRuleAsync(StatusCode code, string rule, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, exception.StatusCode);
        var status = exception.GetRpcStatus() ?? throw new Xunit.Sdk.XunitException("the status carries no details");
        Assert.Equal(rule, status.GetDetail<ErrorInfo>()?.Reason);
        return status.Message;
    }

    /// <summary>The JSON answer has <paramref name="httpStatus"/> and the same details, naming <paramref name="field"/>.</summary>
    public static async Task RefusedAsJsonAsync(HttpResponseMessage response, int httpStatus, string field)
    {
        Assert.Equal(httpStatus, (int)response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = body.RootElement.GetProperty("details").EnumerateArray()
            .Where(detail => detail.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest")
            .SelectMany(detail => detail.GetProperty("fieldViolations").EnumerateArray())
            .Select(violation => violation.GetProperty("field").GetString());
        Assert.Contains(field, fields);
    }
}
