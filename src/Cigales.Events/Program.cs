using Cigales.Events.Api;
using Cigales.Events.Projections;
using Cigales.ServiceKit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDomainService(EventsStore.DatabaseName, EventsStore.Configure);

var app = builder.Build();

app.MapDomainService<EventsApi>();
app.MapDefaultEndpoints();

app.Run();
