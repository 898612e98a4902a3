using System.Text.RegularExpressions;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Parents;

/// <summary>Manual §7 "Consulter des documents en ligne": "Documents" in the band, then a title opens the PDF in a new tab.</summary>
public sealed class DocumentsTests(DocumentsTests.App app, Chromium chromium) : IClassFixture<DocumentsTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        public TestTown Town { get; private set; } = null!;

        public Guid Menu { get; private set; }

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "annecy");
            Menu = (await SendAsync("annecy", s => s.Send(new PublishDocumentCommand(
                "Menus de la semaine", "Menus", "menus-semaine.pdf", TestFiles.Menu, null, null)))).Value;
            (await SendAsync("annecy", s => s.Send(new PublishDocumentCommand(
                "Règlement intérieur de la restauration scolaire", "Règlements", "reglement.pdf", TestFiles.Rules, null, null)))).IsSuccess.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task A_parent_opens_the_weeks_menu_from_Documents_in_a_new_tab()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/annecy");
        await page.SignInAsync(app.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/annecy/accueil$"));
        await browser.CheckAsync("accueil");

        // 1. "Documents" in the main band: the list of available documents.
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Documents" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/annecy/documents$"));
        await Expect(page.Heading()).ToHaveTextAsync("Documents");
        await Expect(page.Band().GetByRole(AriaRole.Link, new() { Name = "Documents" })).ToHaveAttributeAsync("aria-current", "page");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Documents disponibles" });
        await Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Expect(table).ToContainTextAsync("Menus de la semaine");
        await Expect(table).ToContainTextAsync("Règlement intérieur de la restauration scolaire");
        await browser.CheckAsync("documents");

        // 2. Click the title: the document opens in a new tab.
        var served = new List<IResponse>();
        // The tab's URL can change before the context reports the response: wait for the response itself.
        var firstServed = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        browser.Context.Response += (_, response) =>
        {
            if (response.Url.Contains($"/annecy/documents/{app.Menu}", StringComparison.Ordinal))
            {
                lock (served)
                {
                    served.Add(response);
                }

                firstServed.TrySetResult(response);
            }
        };
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Menus de la semaine" });
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        var tab = await browser.Context.RunAndWaitForPageAsync(() => link.ClickAsync());

        // Commit, not load: Chromium's PDF viewer does not always fire the tab's load event.
        await tab.WaitForURLAsync(new Regex($"/annecy/documents/{app.Menu}$"), new() { WaitUntil = WaitUntilState.Commit });
        tab.ShouldNotBe(page);
        await Expect(page).ToHaveURLAsync(new Regex("/annecy/documents$"));
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
        headers["content-disposition"].ShouldContain("menus-semaine.pdf");
        headers["x-content-type-options"].ShouldBe("nosniff");
        // The tab holds the very file the town published (read again with the tab's cookies).
        var bytes = await (await tab.APIRequest.GetAsync(tab.Url)).BodyAsync();
        bytes.ShouldBe(TestFiles.Menu);
        await browser.CheckTabAsync(tab, "menus-pdf");
    }
}
