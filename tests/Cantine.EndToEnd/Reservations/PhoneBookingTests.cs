using System.Globalization;
using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;

namespace Cantine.EndToEnd.Reservations;

/// <summary>
/// Issue #17: "Réservations" on a 360 px phone. The manual §3 grid becomes, under 40em, one block per service with its
/// days as large boxes, each row's Quantité / Total beside them and the Total Général with Valider in a bar at the
/// bottom of the screen; the same form and fields, the same table at 1280 px. A parent books with taps, and with the
/// keyboard alone; the totals the page shows are the ones the server renders after Valider, cent for cent.
/// </summary>
public sealed class PhoneBookingTests(ReservationsApp app, Chromium chromium) : IClassFixture<ReservationsApp>, IClassFixture<Chromium>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    // What the page shows, per child: each row's quantity and total, the child's total; then the Total Général.
    private const string ReadFigures = """
        () => {
          const text = e => e.textContent.replace(/\s+/g, " ").trim();
          const lines = [];
          document.querySelectorAll("table.booking").forEach(t => {
            const name = text(t.querySelector("caption"));
            t.querySelectorAll("tbody tr[data-service-row]").forEach(r => lines.push(
              [name, r.querySelector("th").firstChild.textContent.trim(), text(r.querySelector("[data-quantity]")), text(r.querySelector("[data-total]"))].join(" | ")));
            lines.push(name + " | Total | " + text(t.querySelector("[data-child-total]")));
          });
          lines.push("Total Général | " + text(document.querySelector("[data-grand-total]")));
          return lines;
        }
        """;

    private static string Day(DateOnly date) => date.ToString("dddd d MMMM", French);

    private static string Euros(int cents) => (cents / 100m).ToString("0.00", French) + "\u00a0€";

    private static ILocator Box(IPage page, string child, string service, DateOnly day) =>
        page.GetByRole(AriaRole.Checkbox, new() { Name = $"{child}, {service}, {Day(day)}", Exact = true });

    [Fact]
    public async Task A_parent_books_next_week_with_taps_on_a_phone_and_sees_the_servers_totals_to_the_cent()
    {
        await using var browser = await chromium.OpenAsync(app, touch: true);
        var page = browser.Page;
        await browser.GotoAsync("/grenoble");
        await page.SignInAsync(app.Town.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Réservations" }).TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/reservations$"));
        var monday = app.NextMonday;
        await Expect(page.Locator(".period-title")).ToContainTextAsync(Day(monday));

        // The phone layout: nothing scrolls sideways, not even inside a table; every box is a thumb's size; each
        // row's Quantité and Total are on screen; the Total Général and Valider are in view from the top of the page.
        (await PhoneLayout.SidewaysScrollersAsync(page)).ShouldBeEmpty();
        var jade = page.GetByRole(AriaRole.Table, new() { Name = "DURAND Jade" });
        var leo = page.GetByRole(AriaRole.Table, new() { Name = "DURAND Léo" });
        await Expect(jade.Locator("caption")).ToBeVisibleAsync();
        foreach (var box in await page.Locator("table.booking input[type=checkbox]:enabled").AllAsync())
        {
            var area = await PhoneLayout.HitAreaAsync(box);
            area[0].ShouldBeGreaterThanOrEqualTo(44, $"Box {await box.GetAttributeAsync("id")}: {area[0]} × {area[1]} px");
            area[1].ShouldBeGreaterThanOrEqualTo(44, $"Box {await box.GetAttributeAsync("id")}: {area[0]} × {area[1]} px");
        }

        foreach (var figure in await page.Locator("table.booking tbody [data-quantity], table.booking tbody [data-total]").AllAsync())
        {
            var place = (await figure.BoundingBoxAsync()).ShouldNotBeNull();
            (place.X >= 0 && place.X + place.Width <= BrowserSession.PhoneWidth).ShouldBeTrue($"A row's figure is off screen: x {place.X}, width {place.Width}.");
        }

        (await PhoneLayout.IsUncoveredAsync(page.Locator("[data-grand-total]"))).ShouldBeTrue("The Total Général is not in view at the top of the page.");
        (await PhoneLayout.IsUncoveredAsync(page.GetByRole(AriaRole.Button, new() { Name = "Valider" }))).ShouldBeTrue("Valider is not in view at the top of the page.");
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot($"{nameof(A_parent_books_next_week_with_taps_on_a_phone_and_sees_the_servers_totals_to_the_cent)}-ecran-haut-360") });
        await browser.CheckAsync("telephone");

        // Taps: the top of a box (its day, away from the checkbox itself) ticks it as well as the checkbox does.
        var jadeMonday = Box(page, "Jade Durand", "1er service", monday);
        var label = page.Locator($"label[for='{await jadeMonday.GetAttributeAsync("id")}']");
        var chip = (await label.BoundingBoxAsync()).ShouldNotBeNull();
        await label.TapAsync(new() { Position = new() { X = chip.Width / 2, Y = 6 } });
        await Expect(jadeMonday).ToBeCheckedAsync();
        await Box(page, "Jade Durand", "1er service", monday.AddDays(3)).TapAsync();
        await Box(page, "Jade Durand", "Garderie soir", monday).TapAsync();
        await Box(page, "Léo Durand", "Garderie soir", monday.AddDays(1)).TapAsync();
        await Box(page, "Léo Durand", "Garderie soir", monday.AddDays(4)).TapAsync();
        await Expect(Box(page, "Léo Durand", "Garderie soir", monday.AddDays(4))).ToBeCheckedAsync();
        var jadeCents = (2 * ReservationsTown.FirstServiceCents) + ReservationsTown.EveningCareCents;
        var leoCents = 2 * ReservationsTown.EveningCareCents;
        await Expect(jade.Locator("tbody tr").Filter(new() { HasText = "1er service" }).Locator("[data-total]")).ToHaveTextAsync(Euros(2 * ReservationsTown.FirstServiceCents));
        await Expect(jade.Locator("[data-child-quantity]")).ToHaveTextAsync("3");
        await Expect(jade.Locator("[data-child-total]")).ToHaveTextAsync(Euros(jadeCents));
        await Expect(leo.Locator("[data-child-total]")).ToHaveTextAsync(Euros(leoCents));
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync(Euros(jadeCents + leoCents));

        // The child's total stays on screen, above the bar, while its boxes are ticked.
        await Box(page, "Léo Durand", "1er service", monday).ScrollIntoViewIfNeededAsync();
        (await PhoneLayout.IsUncoveredAsync(leo.Locator("[data-child-total]"))).ShouldBeTrue("Léo's total is not in view beside his boxes.");
        (await PhoneLayout.IsUncoveredAsync(page.Locator("[data-grand-total]"))).ShouldBeTrue("The Total Général is not in view beside Léo's boxes.");
        // What the parent sees there (a full-page screenshot does not show what sticks to the bottom of the screen).
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot($"{nameof(A_parent_books_next_week_with_taps_on_a_phone_and_sees_the_servers_totals_to_the_cent)}-ecran-360") });
        var shown = await page.EvaluateAsync<string[]>(ReadFigures);
        await browser.CheckAsync("telephone-cochees");

        // "Valider" in the bar: the page the server renders after the redirect shows the same figures, cent for cent.
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).TapAsync();
        await Expect(page.Locator(".notice-success")).ToHaveTextAsync("Vos réservations ont été enregistrées.");
        await Expect(jadeMonday).ToBeCheckedAsync();
        var saved = await page.EvaluateAsync<string[]>(ReadFigures);
        saved.ShouldBe(shown);
        saved[^1].ShouldBe($"Total Général | {Euros(jadeCents + leoCents).Replace('\u00a0', ' ')}");
        await browser.CheckAsync("telephone-enregistrees");

        // At 1280 px, the manual's table as before: the day headers on one line above the boxes, the child in the header.
        await page.SetViewportSizeAsync(BrowserSession.DesktopWidth, 800);
        await Expect(jade.GetByRole(AriaRole.Columnheader).Nth(1)).ToBeVisibleAsync();
        await Expect(jade.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = "Quantité" })).ToBeVisibleAsync();
        var tops = new HashSet<double>();
        foreach (var box in await jade.Locator("tbody tr").Filter(new() { HasText = "1er service" }).GetByRole(AriaRole.Checkbox).AllAsync())
        {
            tops.Add(Math.Round((await box.BoundingBoxAsync()).ShouldNotBeNull().Y));
        }

        tops.Count.ShouldBe(1, "At 1280 px a service's boxes are on one row of the table.");
        (await jade.Locator("caption").BoundingBoxAsync()).ShouldNotBeNull().Width.ShouldBeLessThanOrEqualTo(1);
        (await PhoneLayout.SidewaysScrollersAsync(page)).ShouldBeEmpty();
        await Expect(page.Locator(".booking-label-day").First).ToBeHiddenAsync();
    }

    // Tab, Space and Enter only once signed in (the sign-in form is typed in and sent with Enter).
    [Theory]
    [InlineData(BrowserSession.PhoneWidth, 1)]
    [InlineData(BrowserSession.DesktopWidth, 2)]
    public async Task A_parent_books_with_the_keyboard_alone(int width, int weeksAfterNext)
    {
        await using var browser = await chromium.OpenAsync(app, $"{nameof(A_parent_books_with_the_keyboard_alone)}-{width}");
        var page = browser.Page;
        await page.SetViewportSizeAsync(width, 800);
        await browser.GotoAsync("/grenoble");
        await page.GetByLabel("Login", new() { Exact = true }).FillAsync(app.Town.Town.Family.Guardian.Login);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestTown.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));

        // "Réservations" in the band, then "Semaine suivante >>" to a week of this test's own, by Tab and Enter.
        await TabToAsync(page, page.Band().GetByRole(AriaRole.Link, new() { Name = "Réservations" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/reservations$"));
        var monday = app.NextMonday;
        for (var week = 0; week < weeksAfterNext; week++)
        {
            await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Semaine suivante" }));
            await page.Keyboard.PressAsync("Enter");
            monday = monday.AddDays(7);
            await Expect(page).ToHaveURLAsync(new Regex($"jour={monday:yyyy-MM-dd}$"));
        }

        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync(Euros(0));

        // Tab to Léo's first service on Thursday, Space ticks it; the focus is seen, and not under the bar.
        var target = Box(page, "Léo Durand", "1er service", monday.AddDays(3));
        await TabToAsync(page, target);
        (await Focus.OfAsync(page)).IsVisible.ShouldBeTrue("The focused box shows no focus indicator.");
        (await PhoneLayout.IsUncoveredAsync(target)).ShouldBeTrue("The focused box is hidden under the bar.");
        await page.Keyboard.PressAsync("Space");
        await Expect(target).ToBeCheckedAsync();
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync(Euros(ReservationsTown.FirstServiceCents));

        // On to "Valider", Enter: the confirmation, and the box saved.
        var valider = page.GetByRole(AriaRole.Button, new() { Name = "Valider" });
        await TabToAsync(page, valider);
        (await Focus.OfAsync(page)).IsVisible.ShouldBeTrue("Valider shows no focus indicator.");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".notice-success")).ToHaveTextAsync("Vos réservations ont été enregistrées.");
        await Expect(target).ToBeCheckedAsync();
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync(Euros(ReservationsTown.FirstServiceCents));
        await browser.CheckAsync("clavier");
    }

    [Fact]
    public async Task Every_box_is_named_after_the_child_the_service_and_the_day()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/grenoble");
        await page.SignInAsync(app.Town.Town.Family.Guardian.Login, TestTown.Password);
        var monday = app.NextMonday.AddDays(21);
        await browser.GotoAsync($"/grenoble/reservations?jour={monday:yyyy-MM-dd}");

        // The names a screen reader reads (the page's accessibility tree), at both widths: with two children, a box
        // named after its service and day alone ("1er service, lundi 14 octobre") would be there twice.
        foreach (var width in new[] { BrowserSession.PhoneWidth, BrowserSession.DesktopWidth })
        {
            await page.SetViewportSizeAsync(width, 800);
            var tree = await page.Locator("form.booking-form").AriaSnapshotAsync();
            var names = Regex.Matches(tree, "- checkbox \"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
            names.Count.ShouldBe(16, tree);
            names.ShouldBeUnique();
            names.ShouldContain($"Jade Durand, 1er service, {Day(monday)}");
            names.ShouldContain($"Léo Durand, Garderie soir, {Day(monday.AddDays(4))}");
            names.ShouldAllBe(n => Regex.IsMatch(n, "^(Jade|Léo) Durand, (1er service|Garderie soir), (lundi|mardi|jeudi|vendredi) \\d{1,2} [a-zéû]+$"), tree);
        }
    }

    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 200; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        throw new ShouldAssertException($"Tab never reached {target}.");
    }
}
