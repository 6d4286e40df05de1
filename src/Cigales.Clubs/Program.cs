using Cigales.Clubs;
using Cigales.Clubs.Api;
using Cigales.Clubs.Projections;
using Cigales.ServiceKit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDomainService(ClubsStore.DatabaseName, ClubsStore.Configure);
builder.AddClubsServices();

var app = builder.Build();

app.MapDomainService<ClubsApi>();
app.MapDefaultEndpoints();

app.Run();
