using Cigales.Web;
using Cigales.Web.Components;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWebApp();

var app = builder.Build();

app.UseWebApp();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    // Every page is for signed-in people: an anonymous visit goes to the sign-in page.
    .RequireAuthorization();
app.MapDefaultEndpoints();

app.Run();
