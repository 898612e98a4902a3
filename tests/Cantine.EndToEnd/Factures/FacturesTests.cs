using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;

namespace Cantine.EndToEnd.Factures;

/// <summary>
/// Manual §5.1–5.2 "Consulter / Imprimer une facture": "Factures" in the band, the list of the family's invoices, the icon
/// to the right of an invoice opens its PDF in a new tab (from which the browser prints it), and the accessible HTML
/// version (RGAA 13.3); axe-core finds nothing on either page.
/// </summary>
public sealed class FacturesTests(FacturesTests.App app, Chromium chromium) : IClassFixture<FacturesTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        public FacturesTown Town { get; private set; } = null!;

        protected override DateTimeOffset StartsAt => TestClock.AtParis(FacturesTown.Today);

        protected override async Task SeedAsync() => Town = await FacturesTown.CreateAsync(this, "chambery");
    }

    [Fact]
    public async Task A_parent_opens_an_invoice_from_Factures_as_a_pdf_in_a_new_tab_and_reads_its_html_version()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/chambery");
        await page.SignInAsync(app.Town.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/accueil$"));

        // 1. "Factures" in the main band: the family's invoices, their status, the balance on top.
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Factures" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/factures$"));
        await Expect(page.Heading()).ToHaveTextAsync("Factures");
        await Expect(page.Band().GetByRole(AriaRole.Link, new() { Name = "Factures" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("main .invoice-balance")).ToContainTextAsync("134,30");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Vos factures et avoirs" });
        await Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(5);
        await Expect(table).ToContainTextAsync("À payer");
        await Expect(table).ToContainTextAsync("En retard");
        await Expect(table).ToContainTextAsync("Payée");
        await Expect(table).ToContainTextAsync("Avoir");
        await Expect(page.GetByText("Payer par CB")).ToHaveCountAsync(0);
        await browser.CheckAsync("factures");

        // 2. The icon to the right of the invoice: its PDF opens in a new tab.
        var served = new List<IResponse>();
        // The tab's URL can change before the context reports the response: wait for the response itself.
        var firstServed = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var pdfPath = $"/chambery/factures/{app.Town.August}/pdf";
        browser.Context.Response += (_, response) =>
        {
            if (response.Url.EndsWith(pdfPath, StringComparison.Ordinal))
            {
                lock (served)
                {
                    served.Add(response);
                }

                firstServed.TrySetResult(response);
            }
        };
        var icon = page.GetByRole(AriaRole.Link, new() { Name = $"Ouvrir Facture n° {FacturesTown.AugustNumber} en PDF (nouvel onglet)" });
        await Expect(icon).ToHaveAttributeAsync("target", "_blank");
        var tab = await browser.Context.RunAndWaitForPageAsync(() => icon.ClickAsync());

        // Commit, not load: Chromium's PDF viewer does not always fire the tab's load event (seen once in a full run).
        await tab.WaitForURLAsync(new Regex($"{Regex.Escape(pdfPath)}$"), new() { WaitUntil = WaitUntilState.Commit });
        tab.ShouldNotBe(page);
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/factures$"));
        var response = await firstServed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        lock (served)
        {
            // Chromium's PDF viewer may fetch the file a second time: every fetch is served the file.
            served.ShouldAllBe(r => r.Status == 200);
        }

        response.Status.ShouldBe(200);
        var headers = await response.AllHeadersAsync();
        headers["content-type"].ShouldBe("application/pdf");
        headers["content-disposition"].ShouldStartWith("inline;");
        headers["content-disposition"].ShouldContain($"facture-{FacturesTown.AugustNumber}.pdf");
        headers["x-content-type-options"].ShouldBe("nosniff");
        var bytes = await (await tab.APIRequest.GetAsync(tab.Url)).BodyAsync();
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
        {
            string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain($"N° {FacturesTown.AugustNumber}");
        }

        await browser.CheckTabAsync(tab, "facture-pdf");

        // 3. The accessible version of the same invoice.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Version accessible de Facture n° {FacturesTown.AugustNumber}" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/chambery/factures/{app.Town.August}$"));
        await Expect(page.Heading()).ToHaveTextAsync($"Facture n° {FacturesTown.AugustNumber}");
        var lines = page.GetByRole(AriaRole.Table, new() { Name = $"Lignes de Facture n° {FacturesTown.AugustNumber}" });
        await Expect(lines.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await Expect(lines).ToContainTextAsync("QF ≤ 500");
        await Expect(page.Locator("main [data-total]")).ToHaveTextAsync(new Regex("80,70\\s€"));
        await browser.CheckAsync("facture-html");
    }
}
