using Cigales.Finance.Api;
using Cigales.Finance.Projections;
using Cigales.ServiceKit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDomainService(FinanceStore.DatabaseName, FinanceStore.Configure);

var app = builder.Build();

app.MapGrpcService<FinanceApi>();
app.MapDefaultEndpoints();

app.Run();
