using System.Collections.Concurrent;
using System.Net;
using Cigales.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Cigales.Identity.Tests;

/// <summary>Ending a session, revoking a refresh token, and what the logs never hold.</summary>
[Collection(IdentityCollection.Name)]
public sealed class SessionsAndSecrets(IdentityHost identity)
{
    private PersonSignIn Browser(HttpClient? client = null) =>
        new(client ?? identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), People.WebClient, People.WebRedirect);

    [Fact]
    public async Task ARevokedRefreshTokenGivesNoMoreTokens()
    {
        var client = identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var browser = Browser(client);
        var tokens = await browser.SignInAsync(People.TwoClubs, People.Password);

        using var revoked = await client.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = tokens.RefreshToken, ["token_type_hint"] = "refresh_token", ["client_id"] = People.WebClient,
        }));
        var (status, body) = await browser.TryRefreshAsync(tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task SigningOutEndsTheSessionAndAskingAgainLeadsToTheSignInPage()
    {
        var client = identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var browser = Browser(client);
        await browser.SignInAsync(People.TwoClubs, People.Password);

        using var signedOut = await client.GetAsync($"/connect/logout?client_id={People.WebClient}");
        var again = await browser.AuthorizeAsync("openid", "v".PadRight(43, 'v'));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.EndsWith("/compte/deconnexion", signedOut.Headers.Location!.ToString());
        Assert.Equal("/compte/connexion", again.AbsolutePath);
    }

    [Fact]
    public async Task NoPasswordEverReachesTheLogs()
    {
        var logs = new ConcurrentQueue<string>();
        await using var logged = new IdentityOnDatabase(identity.ConnectionString, builder => builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new Capture(logs));
        }));
        var browser = Browser(logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        const string Wrong = "mauvais-mot-de-passe-a-ne-jamais-journaliser";

        var page = await browser.AuthorizeAsync("openid", "v".PadRight(43, 'v'));
        await browser.SendFormAsync(page, People.TwoClubs, Wrong);
        await browser.SendFormAsync(page, "personne@example.org", Wrong);
        await browser.SignInAsync(People.TwoClubs, People.Password);

        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, line => line.Contains(Wrong, StringComparison.Ordinal) || line.Contains(People.Password, StringComparison.Ordinal));
    }

    private sealed class Capture(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{formatter(state, exception)} {exception}");

        public void Dispose()
        {
        }
    }
}
