using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Cigales.Security;
using Microsoft.Extensions.Options;

namespace Cigales.ServiceKit.Mail;

/// <summary>A person a mail goes to.</summary>
public sealed record Recipient(string Address, string Name);

/// <summary>Who holds a membership (the staff, a funder's officers), with their addresses: the people's accounts.</summary>
public interface IPeopleToNotify
{
    /// <summary>The active accounts that hold <paramref name="membership"/> themselves; fails when the accounts cannot be read (nothing is then sent, nor recorded as sent).</summary>
    Task<IReadOnlyList<Recipient>> HoldingAsync(Membership membership, CancellationToken cancellation);
}

/// <summary>The client the service reads the accounts as (section <c>Mail:Directory</c>): a staff client of the identity service.</summary>
public sealed class PeopleToNotifyOptions
{
    public const string Section = "Mail:Directory";

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;
}

/// <summary>
/// Reads the identity service's accounts (<c>GET /v1/accounts?membership=</c>), with a token of its
/// own client (client credentials), found by service discovery (<c>http://identity</c>). The accounts
/// are the one record of people's addresses and memberships: no copy here could disagree with them.
/// </summary>
public sealed class PeopleFromAccounts(HttpClient identity, IOptions<PeopleToNotifyOptions> options, TimeProvider clock) : IPeopleToNotify
{
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private (string Value, DateTimeOffset Until)? _token;

    public async Task<IReadOnlyList<Recipient>> HoldingAsync(Membership membership, CancellationToken cancellation)
    {
        var token = await TokenAsync(cancellation);
        var people = new List<Recipient>();
        var page = string.Empty;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get,
                $"/v1/accounts?membership={Uri.EscapeDataString(membership.ToString())}&page.size=100&page.token={Uri.EscapeDataString(page)}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await identity.SendAsync(request, cancellation);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<AccountsPage>(cancellation)
                ?? throw new InvalidOperationException("the identity service answered no accounts page");
            people.AddRange(answer.Accounts.Where(account => account.Active).Select(account => new Recipient(account.Email, account.FullName)));
            page = answer.NextToken;
        }
        while (page.Length > 0);

        return people;
    }

    private async Task<string> TokenAsync(CancellationToken cancellation)
    {
        await _tokenLock.WaitAsync(cancellation);
        try
        {
            if (_token is { } held && held.Until > clock.GetUtcNow())
            {
                return held.Value;
            }

            var client = options.Value;
            if (client.ClientId.Length == 0)
            {
                throw new InvalidOperationException($"no client to read the accounts with ({PeopleToNotifyOptions.Section}:ClientId)");
            }

            using var response = await identity.PostAsync("/connect/token", new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", client.ClientId),
                new("client_secret", client.ClientSecret),
            ]), cancellation);
            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellation);
            if (!response.IsSuccessStatusCode || answer?.AccessToken is not { Length: > 0 } token)
            {
                throw new InvalidOperationException($"no token for {client.ClientId}: {(int)response.StatusCode} {answer?.Error}");
            }

            // Renewed a minute before it expires, so that a page is never asked with a dying token.
            _token = (token, clock.GetUtcNow().AddSeconds(Math.Max(0, answer.ExpiresIn - 60)));
            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    private sealed record AccountsPage(IReadOnlyList<Account> Accounts, string NextToken);

    private sealed record Account(string Email, string FullName, bool Active);

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("error")] string? Error);
}
