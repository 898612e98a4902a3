using Deque.AxeCore.Playwright;

namespace Cantine.EndToEnd.Browser;

/// <summary>
/// One test's browser context. <see cref="CheckAsync"/> is called on every page the test visits: it keeps a
/// full-page screenshot at 360 and 1280 px (STYLE §9) and, on the product's own pages, asserts zero axe-core
/// violations, no horizontal scrolling at either width, and no browser error (CSP refusal, script error,
/// failed resource). Whatever the page, no response of the product may be a server error.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const int PhoneWidth = 360;
    public const int DesktopWidth = 1280;
    private const int Height = 800;

    private readonly string _test;
    private readonly List<string> _browserErrors = [];
    private readonly List<string> _serverErrors = [];
    private int _step;

    internal BrowserSession(IBrowserContext context, IPage page, string test)
    {
        Context = context;
        Page = page;
        _test = test;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsMissingFavicon(message))
            {
                _browserErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _browserErrors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                _serverErrors.Add($"{response.Status} {response.Request.Method} {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public async Task<IResponse> GotoAsync(string path) =>
        await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");

    /// <summary>Screenshots and checks the page in view; <paramref name="step"/> names the screenshots.</summary>
    public async Task CheckAsync(string step, PageOrigin origin = PageOrigin.Product)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var name = $"{_test}-{++_step:00}-{step}";
        var where = new Uri(Page.Url).AbsolutePath;
        var problems = new List<string>();
        await ScreenshotAsync(name, PhoneWidth);
        if (origin == PageOrigin.Product)
        {
            await NoHorizontalScrollingAsync(where, PhoneWidth, problems);
            await NoAxeViolationsAsync(where, problems);
        }

        await Page.SetViewportSizeAsync(DesktopWidth, Height);
        await ScreenshotAsync(name, DesktopWidth);
        if (origin == PageOrigin.Product)
        {
            await NoHorizontalScrollingAsync(where, DesktopWidth, problems);
        }

        await Page.SetViewportSizeAsync(PhoneWidth, Height);
        if (origin == PageOrigin.Product && _browserErrors.Count > 0)
        {
            problems.Add($"Browser errors on {where}:\n  " + string.Join("\n  ", _browserErrors));
        }

        if (_serverErrors.Count > 0)
        {
            problems.Add("Server errors:\n  " + string.Join("\n  ", _serverErrors));
        }

        _browserErrors.Clear();
        _serverErrors.Clear();
        if (problems.Count > 0)
        {
            throw new ShouldAssertException($"Page '{step}' of {_test}:\n" + string.Join("\n", problems));
        }
    }

    /// <summary>
    /// Screenshots another tab the page opened (a PDF in the browser's viewer) at both widths. What it shows is
    /// the browser's, not the product's: no axe-core or layout verdict; the test asserts the response itself.
    /// </summary>
    public async Task CheckTabAsync(IPage tab, string step)
    {
        try
        {
            await tab.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // Chromium's PDF viewer does not always report its load event (seen once in a full run): the pictures are
            // taken anyway; they are for a person to look at, the tests' assertions are made before.
        }

        var name = $"{_test}-{++_step:00}-{step}";
        foreach (var width in new[] { PhoneWidth, DesktopWidth })
        {
            await tab.SetViewportSizeAsync(width, Height);
            // Chromium's PDF viewer draws the document a moment after the load event, in a frame of its own
            // that Playwright cannot wait on: without a pause the picture is an empty grey page.
            await tab.WaitForTimeoutAsync(3000);
            await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Screenshot($"{name}-{width}") });
        }
    }

    private Task ScreenshotAsync(string name, int width) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Screenshot($"{name}-{width}"), FullPage = true });

    private async Task NoHorizontalScrollingAsync(string where, int width, List<string> problems)
    {
        var scroll = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (scroll[0] > scroll[1])
        {
            problems.Add($"Horizontal scrolling at {width} px on {where}: the page is {scroll[0]} px wide for {scroll[1]} px.");
        }
    }

    /// <summary>
    /// axe-core once per page, at the phone's width (the markup is the same at every width). Legacy mode runs
    /// <c>axe.run</c> in the page itself; the default mode also finishes every run in a new page of its own, for
    /// cross-origin frames the product does not have, and costs three to four times as much on two cores.
    /// </summary>
    private async Task NoAxeViolationsAsync(string where, List<string> problems)
    {
#pragma warning disable CS0618 // "Legacy Mode is being removed in the future": then back to RunAxe().
        var axe = await Page.RunAxeLegacy();
#pragma warning restore CS0618
        if (axe.Violations.Length > 0)
        {
            problems.Add(AxeReport.Describe(axe.Violations, $"{where} at {PhoneWidth} px"));
        }
    }

    // Chromium asks for /favicon.ico by itself; the product has none (a 404, not the page's doing).
    private static bool IsMissingFavicon(IConsoleMessage message) =>
        message.Location.Contains("/favicon.ico", StringComparison.Ordinal) && message.Text.Contains("404", StringComparison.Ordinal);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
