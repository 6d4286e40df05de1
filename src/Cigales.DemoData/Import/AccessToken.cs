using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Cigales.DemoData.Import;

/// <summary>An access token from the gateway's token endpoint (client credentials), and a handler that sends it with every call.</summary>
public static class AccessToken
{
    public static async Task<string> RequestAsync(HttpClient gateway, string clientId, string clientSecret, CancellationToken cancellation = default)
    {
        using var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", clientId),
            new("client_secret", clientSecret),
        ]), cancellation);
        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellation);
        return response.IsSuccessStatusCode && answer?.AccessToken is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException($"no token for {clientId}: {(int)response.StatusCode} {answer?.Error} {answer?.ErrorDescription}");
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}

/// <summary>Adds the bearer token to every request it passes on.</summary>
public sealed class BearerTokenHandler(string token) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
