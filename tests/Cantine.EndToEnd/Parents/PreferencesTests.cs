using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Parents;

/// <summary>
/// "Mes préférences" (issue #17, ADR 0033), from the band: a parent turns the reminders off with the keyboard, saves,
/// and sees the confirmation; axe-core, no horizontal scrolling, screenshots at 360 px and 1280 px.
/// </summary>
public sealed class PreferencesTests(PreferencesTests.App app, Chromium chromium)
    : IClassFixture<PreferencesTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "moulins");
    }

    [Fact]
    public async Task A_parent_turns_reminders_off_from_the_band_with_the_keyboard()
    {
        var guardian = app.Town.Family.Guardian;
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/moulins");
        await page.SignInAsync(guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/moulins/accueil$"));

        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Mes préférences" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/moulins/mes-preferences$"));
        await Expect(page.Heading()).ToHaveTextAsync("Mes préférences");
        var reminders = page.GetByRole(AriaRole.Checkbox, new() { Name = "Rappel avant la date butoir" });
        await Expect(reminders).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Confirmation de mes réservations" })).ToBeCheckedAsync();
        await browser.CheckAsync("mes-preferences");

        await reminders.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Confirmation()).ToContainTextAsync("Vos préférences sont enregistrées.");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Rappel avant la date butoir" })).Not.ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Réponse du service à mes messages" })).ToBeCheckedAsync();
        await browser.CheckAsync("preferences-enregistrees");
    }
}
