using System.Text.Json;
using Xunit;

namespace Cigales.Testing;

/// <summary>
/// A throw-away SMTP server with a web inbox (smtp4dev), started by the script the AppHost uses
/// (<c>Cigales.AppHost/scripts/smtp4dev.sh</c>) on free ports: the tests read what was sent from
/// its API, as a person reads their mail.
/// </summary>
public sealed class SmtpServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly ScriptedServer _server = new("smtp4dev.sh");
    private readonly int _webPort = FreePort.Next();
    private readonly HttpClient _inbox;

    public SmtpServer() => _inbox = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_webPort}") };

    public string Host => "127.0.0.1";

    public int Port => _server.Port;

    public async ValueTask InitializeAsync() =>
        await _server.StartAsync(_server.Folder, AnswersAsync, StartTimeout, new Dictionary<string, string> { ["SMTP4DEV_WEB_PORT"] = _webPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async ValueTask DisposeAsync()
    {
        _inbox.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>The latest mail sent to the address as it was sent (headers and body, MIME), waiting for it a few seconds; null when none came.</summary>
    public async Task<string?> LatestMailToAsync(string address, DateTimeOffset since, TimeSpan? wait = null)
    {
        var deadline = DateTimeOffset.UtcNow + (wait ?? TimeSpan.FromSeconds(10));
        do
        {
            using var list = JsonDocument.Parse(await _inbox.GetStringAsync("/api/messages?pageSize=500"));
            var messages = list.RootElement.ValueKind == JsonValueKind.Array ? list.RootElement : list.RootElement.GetProperty("results");
            var latest = messages.EnumerateArray()
                .Where(message => message.GetProperty("to").EnumerateArray().Any(to => string.Equals(to.GetString(), address, StringComparison.OrdinalIgnoreCase))
                    && message.GetProperty("receivedDate").GetDateTimeOffset() >= since.AddSeconds(-1))
                .OrderByDescending(message => message.GetProperty("receivedDate").GetDateTimeOffset())
                .FirstOrDefault();
            if (latest.ValueKind != JsonValueKind.Undefined)
            {
                return await _inbox.GetStringAsync($"/api/messages/{latest.GetProperty("id").GetString()}/raw");
            }

            await Task.Delay(200);
        }
        while (DateTimeOffset.UtcNow < deadline);
        return null;
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var response = await _inbox.GetAsync("/api/messages");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
