using Cigales.ServiceKit.Mail;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Cigales.Testing;

/// <summary>
/// A domain service in-process (its real Program, gRPC and JSON, its silo alone on localhost),
/// with a database of its own on the assembly's PostgreSQL server.
/// </summary>
/// <typeparam name="TEntryPoint">Any type of the service's assembly (each service has a Program, which clash).</typeparam>
/// <param name="database">The database's name on the server: each fixture of an assembly has its own.</param>
public abstract class ServiceFactory<TEntryPoint>(PostgresServer postgres, string connectionName, string database = "api")
    : WebApplicationFactory<TEntryPoint>, IAsyncLifetime
    where TEntryPoint : class
{
    private string? _connectionString;
    private GrpcChannel? _channel;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("the database is not created yet");

    /// <summary>How many events the service's database holds: a refused command adds none.</summary>
    public Task<long> CountEventsAsync() => StoredEvents.CountAsync(ConnectionString);

    /// <summary>A gRPC channel to the service, over the in-memory test server, calling as staff.</summary>
    public GrpcChannel Channel => _channel ??= ChannelWith(TestTokens.Staff);

    /// <summary>A gRPC channel calling with the given token (none when null).</summary>
    public GrpcChannel ChannelWith(string? token) => GrpcChannel.ForAddress(
        Server.BaseAddress,
        new GrpcChannelOptions { HttpHandler = token is null ? Server.CreateHandler() : new BearerHandler(token, Server.CreateHandler()) });

    /// <summary>A JSON client calling with the given token (none when null).</summary>
    public HttpClient ClientWith(string? token)
    {
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = token is null ? null : TestTokens.Bearer(token);
        return client;
    }

    /// <summary>The clients the tests create call as staff, unless they test access itself.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(TestTokens.Staff);
    }

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateDatabaseAsync(database);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{connectionName}", _connectionString);
        builder.UseSetting("Auth:SigningKey", TestTokens.PublicKeyPem);
        // Test processes run side by side: each silo on ports of its own.
        builder.UseSetting("Orleans:Endpoints:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:Endpoints:GatewayPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The people mails go to, without an identity service; and no SMTP server: the mails wait in the outbox.
        builder.ConfigureTestServices(services => services.AddSingleton<IPeopleToNotify, KnownPeople>());
        builder.UseSetting("Smtp:Port", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:DeliverEvery", "01:00:00");
    }

    public override async ValueTask DisposeAsync()
    {
        _channel?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
