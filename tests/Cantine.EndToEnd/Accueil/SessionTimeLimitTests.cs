using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;

namespace Cantine.EndToEnd.Accueil;

/// <summary>
/// RGAA 13.1 in Chromium (ADR 0032): with a five-minute session (configuration), the booking page announces the end two
/// minutes before in an alert dialog whose button has the keyboard focus; Enter on "Prolonger ma session" extends it without
/// reloading, the ticked boxes stay, and "Valider" saves them after the first five minutes. The browser's timers run on
/// Playwright's fake clock and the server's on the test clock, moved together: no test waits minutes.
/// </summary>
public sealed class SessionTimeLimitTests(SessionTimeLimitTests.App app, Chromium chromium) : IClassFixture<SessionTimeLimitTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        public ReservationsTown Town { get; private set; } = null!;

        public DateOnly OpenWeek { get; private set; }

        protected override DateTimeOffset StartsAt => TestClock.AtParis(new DateTime(2030, 9, 10, 10, 0, 0));

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Sessions:IdleTimeout"] = "00:05:00",
            ["Sessions:WarningBefore"] = "00:02:00",
        };

        protected override async Task SeedAsync()
        {
            Town = await ReservationsTown.CreateAsync(this, "quimper");
            OpenWeek = await Town.OpenWeekAsync(this);
        }
    }

    /// <summary>Signs in (no "Se souvenir de moi") with the browser's timers on a fake clock, and opens the open week.</summary>
    private async Task<(BrowserSession Browser, ILocator Boxes)> BookingPageAsync(string test)
    {
        app.Clock.SetParisTime(new DateTime(2030, 9, 10, 10, 0, 0));
        var browser = await chromium.OpenAsync(app, test);
        var page = browser.Page;
        await page.Clock.InstallAsync(new() { TimeDate = app.Clock.GetUtcNow().UtcDateTime });
        await browser.GotoAsync("/quimper");
        await page.SignInAsync(app.Town.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/quimper/accueil$"));
        await browser.GotoAsync($"/quimper/reservations?jour={app.OpenWeek:yyyy-MM-dd}");
        return (browser, page.Locator("main form input[type=checkbox]:enabled"));
    }

    private async Task PassAsync(IPage page, TimeSpan time)
    {
        app.Clock.Advance(time);
        await page.Clock.RunForAsync((long)time.TotalMilliseconds);
    }

    [Fact]
    public async Task The_end_is_announced_two_minutes_before_and_Prolonger_ma_session_keeps_the_ticked_boxes()
    {
        var (browser, boxes) = await BookingPageAsync(nameof(The_end_is_announced_two_minutes_before_and_Prolonger_ma_session_keeps_the_ticked_boxes));
        await using var _ = browser;
        var page = browser.Page;
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        await boxes.Nth(1).FocusAsync();
        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Votre session va bientôt se terminer" });
        await Expect(dialog).ToBeHiddenAsync();

        await PassAsync(page, TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));

        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("Sans action de votre part, votre session se terminera à 10 h 05.");
        var extend = dialog.GetByRole(AriaRole.Button, new() { Name = "Prolonger ma session" });
        await Expect(extend).ToBeFocusedAsync();
        await browser.CheckAsync("avertissement");

        await page.Keyboard.PressAsync("Enter");

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator("[data-session-status]"))
            .ToHaveTextAsync(new Regex("^Votre session est prolongée jusqu'à 10\\sh\\s08\\.$"));
        await Expect(boxes.Nth(1)).ToBeFocusedAsync();
        await Expect(boxes.Nth(0)).ToBeCheckedAsync();
        await Expect(boxes.Nth(1)).ToBeCheckedAsync();

        await PassAsync(page, TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(30)); // 5 min 31 s after signing in
        await Expect(dialog).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();

        await Expect(page.Locator(".notice-success")).ToHaveTextAsync("Vos réservations ont été enregistrées.");
        await Expect(boxes.Nth(0)).ToBeCheckedAsync();
        await Expect(boxes.Nth(1)).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Without_an_answer_the_dialog_says_the_session_ended_and_offers_to_sign_in_again()
    {
        var (browser, boxes) = await BookingPageAsync(nameof(Without_an_answer_the_dialog_says_the_session_ended_and_offers_to_sign_in_again));
        await using var _ = browser;
        var page = browser.Page;
        await boxes.Nth(0).CheckAsync();

        await PassAsync(page, TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Votre session est terminée" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Link, new() { Name = "Se reconnecter" })).ToBeFocusedAsync();
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Prolonger ma session" })).ToBeHiddenAsync();
        await browser.CheckAsync("session-terminee");

        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/quimper\\?retour="));
    }
}
