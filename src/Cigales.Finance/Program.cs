using Cigales.Finance;
using Cigales.Finance.Api;
using Cigales.Finance.Projections;
using Cigales.ServiceKit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDomainService(FinanceStore.DatabaseName, FinanceStore.Configure);
builder.AddFinanceServices();

var app = builder.Build();

app.MapDomainService<FinanceApi>();
app.MapDefaultEndpoints();

app.Run();
