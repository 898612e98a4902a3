using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;

namespace Cantine.EndToEnd.Factures;

/// <summary>
/// Issue #17: "Factures" and an invoice's accessible version on a 360 px phone: one card per invoice (and per line),
/// each value under its column's name, the PDF icon a thumb's size, nothing out of sight sideways; the tables at 1280 px.
/// </summary>
public sealed class PhoneFacturesTests(FacturesTests.App app, Chromium chromium) : IClassFixture<FacturesTests.App>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_invoices_and_an_invoices_lines_read_on_a_phone_as_cards_and_at_1280_px_as_tables()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/chambery");
        await page.SignInAsync(app.Town.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/accueil$"));
        await browser.GotoAsync("/chambery/factures");

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Vos factures et avoirs" });
        await PhoneCardsAsync(page, table);
        var august = table.GetByRole(AriaRole.Row).Filter(new() { HasText = FacturesTown.AugustNumber });
        var icon = august.GetByRole(AriaRole.Link, new() { Name = $"Ouvrir Facture n° {FacturesTown.AugustNumber} en PDF (nouvel onglet)" });
        var size = (await icon.BoundingBoxAsync()).ShouldNotBeNull();
        (size.Width >= 44 && size.Height >= 44).ShouldBeTrue($"The PDF icon is {size.Width} × {size.Height} px.");
        (await august.GetByRole(AriaRole.Cell).Nth(1).EvaluateAsync<string>("e => getComputedStyle(e, '::before').content")).ShouldContain("Montant");
        await browser.CheckAsync("factures-telephone");
        await TableAt1280Async(page, table);

        await browser.GotoAsync($"/chambery/factures/{app.Town.August}");
        var lines = page.GetByRole(AriaRole.Table, new() { Name = $"Lignes de Facture n° {FacturesTown.AugustNumber}" });
        await PhoneCardsAsync(page, lines);
        await Expect(page.Locator("main [data-total]")).ToHaveTextAsync(new Regex("80,70\\s€"));
        await browser.CheckAsync("facture-telephone");
        await TableAt1280Async(page, lines);
    }

    // 360 px: no sideways scrolling, no header row in sight, each row a card on the screen's width.
    private static async Task PhoneCardsAsync(IPage page, ILocator table)
    {
        await page.SetViewportSizeAsync(BrowserSession.PhoneWidth, 800);
        (await PhoneLayout.SidewaysScrollersAsync(page)).ShouldBeEmpty();
        (await table.Locator("thead").BoundingBoxAsync()).ShouldNotBeNull().Width.ShouldBeLessThanOrEqualTo(1);
        foreach (var cell in await table.Locator("tbody th, tbody td").AllAsync())
        {
            var place = (await cell.BoundingBoxAsync()).ShouldNotBeNull();
            (place.X >= 0 && place.X + place.Width <= BrowserSession.PhoneWidth).ShouldBeTrue($"Off screen: {await cell.TextContentAsync()} at x {place.X}, width {place.Width}.");
        }
    }

    private static async Task TableAt1280Async(IPage page, ILocator table)
    {
        await page.SetViewportSizeAsync(BrowserSession.DesktopWidth, 800);
        await Expect(table.GetByRole(AriaRole.Columnheader).First).ToBeVisibleAsync();
        var row = table.Locator("tbody tr").First;
        var tops = new HashSet<double>();
        foreach (var cell in await row.Locator("th, td").AllAsync())
        {
            tops.Add(Math.Round((await cell.BoundingBoxAsync()).ShouldNotBeNull().Y));
        }

        tops.Count.ShouldBe(1, "At 1280 px a row's cells are side by side.");
        (await PhoneLayout.SidewaysScrollersAsync(page)).ShouldBeEmpty();
        await page.SetViewportSizeAsync(BrowserSession.PhoneWidth, 800);
    }
}
