using System.Text.Json;

namespace Cigales.Testing;

/// <summary>
/// The web inbox of an smtp4dev server (a test fixture's, or the AppHost's <c>mail</c> resource):
/// the tests read what was sent as a person reads their mail.
/// </summary>
public sealed class MailInbox(Uri address)
{
    private readonly HttpClient _inbox = new() { BaseAddress = address };

    /// <summary>The text of the latest mail sent to the address since then, waiting for it a few seconds; null when none came.</summary>
    public async Task<string?> LatestTextToAsync(string to, DateTimeOffset since, TimeSpan? wait = null)
    {
        var deadline = DateTimeOffset.UtcNow + (wait ?? TimeSpan.FromSeconds(10));
        do
        {
            using var list = JsonDocument.Parse(await _inbox.GetStringAsync("/api/messages?pageSize=500"));
            var latest = list.RootElement.GetProperty("results").EnumerateArray()
                .Where(message => message.GetProperty("to").EnumerateArray().Any(address => string.Equals(address.GetString(), to, StringComparison.OrdinalIgnoreCase))
                    && message.GetProperty("receivedDate").GetDateTimeOffset() >= since.AddSeconds(-1))
                .OrderByDescending(message => message.GetProperty("receivedDate").GetDateTimeOffset())
                .FirstOrDefault();
            if (latest.ValueKind != JsonValueKind.Undefined)
            {
                // The body decoded (smtp4dev's reading of its MIME parts): the link as the person sees it.
                return await _inbox.GetStringAsync($"/api/messages/{latest.GetProperty("id").GetString()}/plaintext");
            }

            await Task.Delay(200);
        }
        while (DateTimeOffset.UtcNow < deadline);
        return null;
    }

    /// <summary>Every mail sent to the address (subject and decoded body), oldest first, once <paramref name="expected"/> have come or after a few seconds.</summary>
    public async Task<IReadOnlyList<(string Subject, string Text)>> AllToAsync(string to, int expected)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(10);
        List<JsonElement> found;
        do
        {
            using var list = JsonDocument.Parse(await _inbox.GetStringAsync("/api/messages?pageSize=5000"));
            found = [.. list.RootElement.GetProperty("results").EnumerateArray()
                .Where(message => message.GetProperty("to").EnumerateArray().Any(address => string.Equals(address.GetString(), to, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(message => message.GetProperty("receivedDate").GetDateTimeOffset())
                .Select(message => message.Clone())];
            if (found.Count >= expected)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTimeOffset.UtcNow < deadline);

        var mails = new List<(string, string)>();
        foreach (var message in found)
        {
            mails.Add((message.GetProperty("subject").GetString() ?? string.Empty, await _inbox.GetStringAsync($"/api/messages/{message.GetProperty("id").GetString()}/plaintext")));
        }

        return mails;
    }

    /// <summary>Answers when the server does (its readiness).</summary>
    internal async Task<bool> AnswersAsync()
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
