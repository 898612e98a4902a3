using System.Runtime.CompilerServices;

namespace Cantine.EndToEnd.Browser;

/// <summary>
/// One headless Debian Chromium per test class, launched by path (STACK-NOTES: never
/// <c>playwright install</c>, never a downloaded browser); each test opens its own context.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CANTINE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    static Chromium()
    {
        // Two cores shared with a build or another suite: give the page time rather than fail on a slow moment.
        SetDefaultExpectTimeout(30_000);
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ExecutablePath}: install Debian's package (apt-get install chromium) or set CANTINE_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
    }

    /// <summary>
    /// A fresh context (no cookies) on <paramref name="app"/>, at a phone's width, named after the calling test;
    /// <paramref name="touch"/>: a touch screen, for <c>TapAsync</c> (issue #17: booking with a thumb).
    /// </summary>
    public async Task<BrowserSession> OpenAsync(CantineApp app, [CallerMemberName] string test = "", bool touch = false)
    {
        var address = app.Address ?? throw new InvalidOperationException("The app must serve over HTTP (ServeOverHttp).");
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = new ViewportSize { Width = BrowserSession.PhoneWidth, Height = 800 },
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            HasTouch = touch,
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return new BrowserSession(context, await context.NewPageAsync(), test);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
