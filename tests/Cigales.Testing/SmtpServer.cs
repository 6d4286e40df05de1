using Xunit;

namespace Cigales.Testing;

/// <summary>
/// A throw-away SMTP server with a web inbox (smtp4dev), started by the script the AppHost uses
/// (<c>Cigales.AppHost/scripts/smtp4dev.sh</c>) on free ports.
/// </summary>
public sealed class SmtpServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly ScriptedServer _server = new("smtp4dev.sh");
    private readonly int _webPort = FreePort.Next();

    public SmtpServer() => Inbox = new MailInbox(new Uri($"http://127.0.0.1:{_webPort}"));

    public string Host => "127.0.0.1";

    public int Port => _server.Port;

    public MailInbox Inbox { get; }

    public async ValueTask InitializeAsync() =>
        await _server.StartAsync(_server.Folder, Inbox.AnswersAsync, StartTimeout, new Dictionary<string, string> { ["SMTP4DEV_WEB_PORT"] = _webPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
