using Cigales.Grants;
using Cigales.Grants.Api;
using Cigales.Grants.Projections;
using Cigales.ServiceKit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDomainService(GrantsStore.DatabaseName, GrantsStore.Configure);
builder.AddGrantsServices();

var app = builder.Build();

app.MapDomainService<GrantsApi>();
app.MapDefaultEndpoints();

app.Run();
