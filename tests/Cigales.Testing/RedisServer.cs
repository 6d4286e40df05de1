using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace Cigales.Testing;

/// <summary>
/// A throw-away Redis server, started from the machine's binaries by the script the AppHost uses
/// (<c>Cigales.AppHost/scripts/redis.sh</c>), in a temporary folder on a free port, and stopped
/// and deleted at the end.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    private readonly ScriptedServer _server = new("redis.sh");

    /// <summary>The connection string, as the AppHost gives it (<c>127.0.0.1:port</c>).</summary>
    public string ConnectionString => $"127.0.0.1:{_server.Port}";

    public async ValueTask InitializeAsync() =>
        // No grace at the stop: a test run has nothing that must record its leaving.
        await _server.StartAsync(_server.Folder, AnswersPingAsync, StartTimeout, new Dictionary<string, string> { ["REDIS_STOP_GRACE"] = "0" });

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(PingTimeout);
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, _server.Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var reply = new byte[64];
            var read = await stream.ReadAsync(reply, timeout.Token);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
