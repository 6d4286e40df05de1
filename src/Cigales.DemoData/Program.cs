using Cigales.DemoData.Import;
using Cigales.DemoData.Reference;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Loads the demo dataset through the gateway's gRPC API, then exits. The AppHost runs it once the
// gateway is up; by hand, with the system running (the local staff client by default):
//   dotnet run --project src/Cigales.DemoData -- --Gateway=http://localhost:8081 --GatewayHttp=http://localhost:8080
var builder = Host.CreateApplicationBuilder(args);
builder.AddServiceDefaults();
using var host = builder.Build();
await host.StartAsync();

var configuration = host.Services.GetRequiredService<IConfiguration>();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Cigales.DemoData");
var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
var gateway = configuration["Gateway"] ?? "http://localhost:8081";
var file = configuration["DemoData:File"] ?? Path.Combine(AppContext.BaseDirectory, "pas-de-calais.json");

using var http = new HttpClient { BaseAddress = new Uri(configuration["GatewayHttp"] ?? "http://localhost:8080") };
var token = await AccessToken.RequestAsync(http, configuration["Auth:ClientId"] ?? "cigales-staff", configuration["Auth:ClientSecret"] ?? "cigales-dev-staff", stopping);
logger.LogInformation("Loading {File} through {Gateway}", file, gateway);
using var channel = GrpcChannel.ForAddress(gateway, new GrpcChannelOptions { HttpHandler = new BearerTokenHandler(token) });
await new DemoImport(channel, logger).RunAsync(ReferenceData.Load(file), stopping);
logger.LogInformation("Demo data loaded");
await host.StopAsync();
