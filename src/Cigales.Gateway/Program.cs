using Cigales.Gateway.Access;
using Cigales.Gateway.Routing;
using Cigales.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCigalesAuthentication();
builder.AddGatewayRouting();

var app = builder.Build();

app.MapReverseProxy(proxy =>
{
    proxy.Use(AccessCheck.InvokeAsync);
    // With a pipeline of its own, the proxy's standard steps are named here.
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});
app.MapDefaultEndpoints();

app.Run();
