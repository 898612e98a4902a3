using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;

namespace Cantine.EndToEnd.Presences;

/// <summary>
/// Issue #17: "Présences" on a 360 px phone, laid out as "Réservations" is (one block per service, each day a box
/// that writes its day above the status), and the manual §4 table at 1280 px; the same figures at both widths.
/// </summary>
public sealed class PhonePresencesTests(PresencesApp app, Chromium chromium) : IClassFixture<PresencesApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Last_weeks_attendance_reads_on_a_phone_without_sideways_scrolling_and_as_the_manuals_table_at_1280_px()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        var town = app.Town;
        await browser.GotoAsync("/grenoble");
        await page.SignInAsync(town.Reservations.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));
        await browser.GotoAsync($"/grenoble/presences?jour={town.LastMonday:yyyy-MM-dd}");

        // 360 px: nothing scrolls sideways; every day box, figure and total is on the screen's width; each box says its day.
        (await PhoneLayout.SidewaysScrollersAsync(page)).ShouldBeEmpty();
        var leo = page.GetByRole(AriaRole.Table, new() { Name = "DURAND Léo" });
        await Expect(leo.Locator("caption")).ToBeVisibleAsync();
        foreach (var shown in await page.Locator("table.presences tbody td, table.presences tfoot td, table.grand-total td").AllAsync())
        {
            var place = (await shown.BoundingBoxAsync()).ShouldNotBeNull();
            (place.X >= 0 && place.X + place.Width <= BrowserSession.PhoneWidth).ShouldBeTrue($"Off screen: {await shown.TextContentAsync()} at x {place.X}, width {place.Width}.");
        }

        var firstService = leo.GetByRole(AriaRole.Row).Filter(new() { HasText = "1er service" });
        var monday = firstService.GetByRole(AriaRole.Cell).First;
        (await monday.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content")).ShouldContain($"L {town.LastMonday:dd/MM}");
        var figures = await firstService.GetByRole(AriaRole.Cell).AllTextContentsAsync();
        figures.Select(f => f.Trim()).ShouldBe(["Présent", "Présent", "Absent", "Présent", "3", "3,20\u00a0€", "9,60\u00a0€"]);
        await browser.CheckAsync("presences-telephone");

        // 1280 px: the manual's table, the same cells.
        await page.SetViewportSizeAsync(BrowserSession.DesktopWidth, 800);
        await Expect(leo.GetByRole(AriaRole.Columnheader).Nth(1)).ToBeVisibleAsync();
        await Expect(leo.GetByRole(AriaRole.Columnheader).Nth(1)).ToContainTextAsync($"L {town.LastMonday:dd/MM}");
        (await monday.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content")).ShouldBe("none");
        var tops = new HashSet<double>();
        foreach (var cell in await firstService.GetByRole(AriaRole.Cell).AllAsync())
        {
            tops.Add(Math.Round((await cell.BoundingBoxAsync()).ShouldNotBeNull().Y));
        }

        tops.Count.ShouldBe(1, "At 1280 px a service's days are one row of the table.");
        (await firstService.GetByRole(AriaRole.Cell).AllTextContentsAsync()).Select(f => f.Trim()).ShouldBe(figures.Select(f => f.Trim()));
        (await PhoneLayout.SidewaysScrollersAsync(page)).ShouldBeEmpty();
    }
}
