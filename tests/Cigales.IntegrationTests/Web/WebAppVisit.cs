using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cigales.IntegrationTests.Web;

/// <summary>
/// A person using the web app in the browser, in French, as the README tells them: signs in with
/// a local account, and fills, chooses and clicks by the labels they read. When the test fails, a
/// screenshot of the page is kept (TestResults/screenshots/) and its path named in the failure.
/// </summary>
public sealed class WebAppVisit : IAsyncDisposable
{
    public const string Password = "cigales-dev-accounts";

    // A loaded machine (the whole system and the suite on 2 cores) is slow to answer: generous.
    private const float Patience = 30_000;

    private readonly IBrowserContext _context;

    private WebAppVisit(IBrowserContext context, IPage page, Uri address)
    {
        _context = context;
        Page = page;
        Address = address;
    }

    public IPage Page { get; }

    public Uri Address { get; }

    public static async Task<WebAppVisit> OpenAsync(WholeSystem system, WebBrowser browser)
    {
        var address = system.App.GetEndpoint("web", "http");
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(Patience);
        SetDefaultExpectTimeout(Patience);
        return new WebAppVisit(context, await context.NewPageAsync(), address);
    }

    /// <summary>Runs the visit's steps; on a failure, keeps a screenshot and names it in the failure.</summary>
    public async Task RunAsync(string test, Func<WebAppVisit, Task> steps)
    {
        try
        {
            await steps(this);
        }
        catch (Exception failure)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{test}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            throw new InvalidOperationException($"{failure.Message} (screenshot: {file}, at {Page.Url})", failure);
        }
    }

    /// <summary>Opens a page of the app; not signed in, the sign-in page comes first, then the page.</summary>
    public async Task SignInAsync(string email, string path = "/")
    {
        await Page.GotoAsync(new Uri(Address, path).ToString());
        await Page.GetByLabel("Adresse e-mail").FillAsync(email);
        await Page.GetByLabel("Mot de passe").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Page.WaitForURLAsync(url => url.StartsWith(Address.ToString(), StringComparison.Ordinal) && !url.Contains("signin-oidc", StringComparison.Ordinal));
    }

    public async Task GoToAsync(string path) => await Page.GotoAsync(new Uri(Address, path).ToString());

    public Task FillAsync(string label, string value) => Page.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    /// <summary>A date or month picker: typed as a person types it (19/05/2025, 05/2025), then left.</summary>
    public async Task TypeDateAsync(string label, string value)
    {
        var field = Page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    /// <summary>Opens a list by its label and picks an option; waits until the list has closed, so that the choice is taken before the next step.</summary>
    public async Task ChooseAsync(string label, string option)
    {
        await Page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        var choice = Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await choice.ClickAsync();
        await Expect(choice).ToBeHiddenAsync();
    }

    public Task ClickAsync(string button) => Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
