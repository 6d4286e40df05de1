using Cigales.AppHost;
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = Infrastructure.Add(builder);
var orleans = builder.AddCigalesOrleans(infrastructure.Redis);

var clients = LocalClients.From(builder.Configuration);
var mail = builder.AddLocalMail("mail", Path.Combine(DataDirectory.Resolve(builder), "mail"));
var identity = builder.AddIdentityService<Projects.Cigales_Identity>(
    "identity", infrastructure.AddDatabase("identitydb"), clients, LocalAccounts.From(builder.Configuration))
    .WithLocalMail(mail);

var clubs = builder.AddDomainService<Projects.Cigales_Clubs>("clubs", infrastructure.AddDatabase("clubsdb"), infrastructure.Redis, orleans, identity);
// People's clubs and offices are read from the Clubs service at each token (not waited for: clubs waits for identity).
identity.WithReference(clubs.GetEndpoint(KestrelEndpoints.Grpc));
var grants = builder.AddDomainService<Projects.Cigales_Grants>("grants", infrastructure.AddDatabase("grantsdb"), infrastructure.Redis, orleans, identity);
var events = builder.AddDomainService<Projects.Cigales_Events>("events", infrastructure.AddDatabase("eventsdb"), infrastructure.Redis, orleans, identity);
var finance = builder.AddDomainService<Projects.Cigales_Finance>("finance", infrastructure.AddDatabase("financedb"), infrastructure.Redis, orleans, identity);

var gateway = builder.AddGateway<Projects.Cigales_Gateway>("gateway", identity, infrastructure.Redis, clubs, grants, events, finance);
var web = builder.AddWebApp<Projects.Cigales_Web>("web", gateway, identity, infrastructure.Redis, clients);
// Their deadlines go out by mail, with links to the web app's pages.
grants.WithServiceMail(mail, clients.Notifications, web);
clubs.WithServiceMail(mail, clients.Notifications, web);

// The demo dataset, loaded through the gateway once it is up; --Cigales:DemoData=false to start empty.
if (builder.Configuration.GetValue("Cigales:DemoData", true))
{
    builder.AddDemoData<Projects.Cigales_DemoData>("demo-data", gateway, clients.DemoData);
}

builder.Build().Run();
