using System.Globalization;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;

namespace Cantine.EndToEnd.Reservations;

/// <summary>
/// Issue #11 in the browser: a parent ticks days on both sides of a price change (<see cref="PriceChangeWeek"/>),
/// with a closed day and a day the service no longer runs still ticked; the totals the page's script shows are
/// the ones the server saves on "Valider", cent for cent.
/// </summary>
public sealed class PriceChangeTests(PriceChangeTests.App app, Chromium chromium) : IClassFixture<PriceChangeTests.App>, IClassFixture<Chromium>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    // What the page shows, read in the browser as SheetFigures writes a saved sheet (the row header also holds a "Tout" button).
    private const string ReadFigures = """
        () => {
          const text = e => e.textContent.replace(/\s+/g, " ").trim();
          const lines = [];
          document.querySelectorAll("table.booking").forEach(t => {
            const name = text(t.querySelector("caption"));
            t.querySelectorAll("tbody tr").forEach(r => lines.push(
              [name, r.querySelector("th").firstChild.textContent.trim(), text(r.querySelector("[data-quantity]")), text(r.querySelector("[data-total]"))].join(" | ")));
            lines.push(name + " | Total | " + text(t.querySelector("[data-child-total]")));
          });
          lines.push("Total Général | " + text(document.querySelector("[data-grand-total]")));
          return lines;
        }
        """;

    public sealed class App : BrowserApp
    {
        public PriceChangeWeek Week { get; private set; } = null!;

        protected override DateTimeOffset StartsAt => PriceChangeWeek.Start;

        protected override async Task SeedAsync() => Week = await PriceChangeWeek.CreateAsync(this, "angers");
    }

    private static string Day(DateOnly date) => date.ToString("dddd d MMMM", French);

    [Fact]
    public async Task The_live_totals_across_a_price_change_are_the_saved_ones()
    {
        var town = app.Week.Town;
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/angers");
        await page.SignInAsync(town.Town.Family.Guardian.Login, TestTown.Password);
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Réservations" }).ClickAsync();
        var jade = page.GetByRole(AriaRole.Table, new() { Name = "DURAND Jade" });
        var leo = page.GetByRole(AriaRole.Table, new() { Name = "DURAND Léo" });
        var leoFirst = leo.Locator("tbody tr").Filter(new() { HasText = "1er service" });
        await Expect(leoFirst).ToContainTextAsync("3,20 € / 3,40 €");
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("3,20 €");
        await browser.CheckAsync("semaine-changement-de-prix");

        // Léo: Tuesday and Friday at the new price (Monday at the old one is booked, Thursday is closed but still ticked).
        await leo.GetByRole(AriaRole.Checkbox, new() { Name = $"Léo Durand, 1er service, {Day(PriceChangeWeek.Tuesday)}", Exact = true }).CheckAsync();
        await leo.GetByRole(AriaRole.Checkbox, new() { Name = $"Léo Durand, 1er service, {Day(PriceChangeWeek.Friday)}", Exact = true }).CheckAsync();
        await leo.GetByRole(AriaRole.Checkbox, new() { Name = $"Léo Durand, Garderie soir, {Day(PriceChangeWeek.Tuesday)}", Exact = true }).CheckAsync();
        // Jade: Monday, then Friday's column (her evening care no longer runs on Fridays: its box stays as it is).
        await jade.GetByRole(AriaRole.Checkbox, new() { Name = $"Jade Durand, 1er service, {Day(PriceChangeWeek.Monday)}", Exact = true }).CheckAsync();
        await jade.GetByRole(AriaRole.Button, new() { Name = $"Tout cocher ou décocher la colonne du {Day(PriceChangeWeek.Friday)} de DURAND Jade" }).ClickAsync();
        await Expect(leoFirst.Locator("[data-quantity]")).ToHaveTextAsync("3");
        await Expect(leoFirst.Locator("[data-total]")).ToHaveTextAsync("10,00 €");
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("18,40 €");
        var live = await page.EvaluateAsync<string[]>(ReadFigures);
        await browser.CheckAsync("semaine-changement-de-prix-cochee");

        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.Locator(".notice-success")).ToHaveTextAsync("Vos réservations ont été enregistrées.");
        var saved = await town.SheetAsync(app, town.Town.Family.FamilyId, PriceChangeWeek.Monday);
        saved.GrandTotalCents.ShouldBe(1840);
        live.ShouldBe(SheetFigures.Of(saved));
        (await page.EvaluateAsync<string[]>(ReadFigures)).ShouldBe(SheetFigures.Of(saved));
        await browser.CheckAsync("semaine-changement-de-prix-enregistree");
    }
}
