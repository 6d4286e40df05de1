using Cigales.Gateway.Routing;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayRouting();

var app = builder.Build();

app.MapReverseProxy();
app.MapDefaultEndpoints();

app.Run();
