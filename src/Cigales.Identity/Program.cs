using Cigales.Identity.Accounts;
using Cigales.Identity.Store;
using Cigales.Identity.Tokens;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
var signingKey = new SigningKeyHolder();
builder.AddTokenServer(signingKey);
builder.AddAccounts();

var app = builder.Build();
signingKey.Set(await IdentityStartup.PrepareAsync(app.Services));

app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapAuthorizationEndpoint();
app.MapTokenEndpoint();
app.MapDefaultEndpoints();

app.Run();
