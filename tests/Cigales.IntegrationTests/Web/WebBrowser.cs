using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Cigales.IntegrationTests.Web.WebBrowser))]

namespace Cigales.IntegrationTests.Web;

/// <summary>
/// One headless Chromium for every browser test: Debian's package (Playwright's own download is
/// not reachable here), driven by Playwright. Each test opens a context of its own, so that no
/// cookie passes from one person to another.
/// </summary>
public sealed class WebBrowser : IAsyncLifetime
{
    /// <summary>Debian's Chromium, unless CIGALES_CHROMIUM names another.</summary>
    public static readonly string Executable = Environment.GetEnvironmentVariable("CIGALES_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started");

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Executable, Headless = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
