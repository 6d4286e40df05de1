using Cigales.Identity.Accounts;
using Cigales.Identity.Store;
using Cigales.Identity.Tokens;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
var signingKey = new SigningKeyHolder();
builder.AddTokenServer(signingKey);
builder.AddAccounts();
builder.AddAccountsApi();

var app = builder.Build();
signingKey.Set(await IdentityStartup.PrepareAsync(app.Services));

app.UseForwardedHeaders();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapAuthorizationEndpoint();
app.MapTokenEndpoint();
app.MapEndSessionEndpoint();
app.MapAccountsApi();
app.MapDefaultEndpoints();

app.Run();
