using Cigales.DemoData.Import;
using Cigales.DemoData.Reference;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Loads the demo dataset through the gateway's gRPC API, then exits. The AppHost runs it once the
// gateway is up; by hand: dotnet run --project src/Cigales.DemoData -- --Gateway=http://localhost:8081
var builder = Host.CreateApplicationBuilder(args);
builder.AddServiceDefaults();
using var host = builder.Build();
await host.StartAsync();

var configuration = host.Services.GetRequiredService<IConfiguration>();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Cigales.DemoData");
var gateway = configuration["Gateway"] ?? configuration["services:gateway:grpc:0"] ?? "http://localhost:8081";
var file = configuration["DemoData:File"] ?? Path.Combine(AppContext.BaseDirectory, "pas-de-calais.json");

logger.LogInformation("Loading {File} through {Gateway}", file, gateway);
using var channel = GrpcChannel.ForAddress(gateway);
await new DemoImport(channel, logger).RunAsync(ReferenceData.Load(file), host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
logger.LogInformation("Demo data loaded");
await host.StopAsync();
