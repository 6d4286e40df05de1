using Cigales.Gateway.Access;
using Cigales.Gateway.Limits;
using Cigales.Gateway.Routing;
using Cigales.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcHealth();
builder.AddCigalesAuthentication();
builder.AddBrowserOrigins();
builder.AddGatewayRateLimit();
builder.AddGatewayRouting();

var app = builder.Build();

// CORS before the token checks: a browser's preflight carries no token, and is answered here.
app.UseCors();
app.UseApiDocs();
app.UseAuthentication();
app.UseAuthorization();

app.MapReverseProxy(proxy =>
{
    // First, so that it sees how the forwarding, after every other step, ended.
    proxy.Use(ForwardingFailures.InvokeAsync);
    proxy.UseMiddleware<RateLimit>();
    proxy.Use(AccessCheck.InvokeAsync);
    // With a pipeline of its own, the proxy's standard steps are named here.
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});
app.MapDefaultEndpoints();
// The gateway's own health, on its gRPC port: not a route to any service.
app.MapGrpcHealth();

app.Run();
