using System.Globalization;
using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;

namespace Cantine.EndToEnd.Reservations;

/// <summary>
/// Manual §3.1 "Réserver sur une période en cours" and §3.2 "Réserver sur une période différente de celle en
/// cours", step by step with the manual's labels: "Réservations" in the band, tick, totals update, "Valider",
/// the confirmation, "Semaine suivante >>", tick, "Valider".
/// </summary>
public sealed class BookingTests(ReservationsApp app, Chromium chromium) : IClassFixture<ReservationsApp>, IClassFixture<Chromium>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static string Day(DateOnly date) => date.ToString("dddd d MMMM", French);

    [Fact]
    public async Task A_parent_books_the_open_week_then_the_next_one_as_the_manual_shows()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/grenoble");
        await page.SignInAsync(app.Town.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));

        // §3.1 1. "Réservations" in the main band: the table of the open period, with its deadline.
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Réservations" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/reservations$"));
        await Expect(page.Heading()).ToHaveTextAsync("Réservations");
        var monday = app.NextMonday;
        var thursday = app.Today.AddDays(3);
        await Expect(page.Locator(".deadline")).ToHaveTextAsync($"Réservations possibles jusqu'au {thursday.ToString("dddd d MMMM yyyy", French)} à 23 h 59.");
        var jade = page.GetByRole(AriaRole.Table, new() { Name = "DURAND Jade" });
        var leo = page.GetByRole(AriaRole.Table, new() { Name = "DURAND Léo" });
        await Expect(jade.GetByRole(AriaRole.Columnheader).Nth(1)).ToContainTextAsync($"L {monday:dd/MM}");
        await Expect(jade.GetByRole(AriaRole.Columnheader)).ToContainTextAsync(["Quantité", "Prix unitaire", "Total"]);
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("0,00 €");
        await browser.CheckAsync("reservations");

        // §3.1 2. Tick the days: the quantities and totals follow at once.
        await jade.GetByRole(AriaRole.Checkbox, new() { Name = $"Jade Durand, 1er service, {Day(monday)}", Exact = true }).CheckAsync();
        await jade.GetByRole(AriaRole.Checkbox, new() { Name = $"Jade Durand, 1er service, {Day(monday.AddDays(1))}", Exact = true }).CheckAsync();
        var jadeFirst = jade.Locator("tbody tr").Filter(new() { HasText = "1er service" });
        await Expect(jadeFirst.Locator("[data-quantity]")).ToHaveTextAsync("2");
        await Expect(jadeFirst.Locator("[data-total]")).ToHaveTextAsync("6,40 €");
        await Expect(jade.Locator("[data-child-total]")).ToHaveTextAsync("6,40 €");
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("6,40 €");

        // The helper: a whole row at once (Léo's evening care, four days).
        await leo.GetByRole(AriaRole.Button, new() { Name = "Tout cocher ou décocher la ligne Garderie soir de DURAND Léo" }).ClickAsync();
        await Expect(leo.Locator("[data-child-total]")).ToHaveTextAsync("7,20 €");
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("13,60 €");
        await browser.CheckAsync("reservations-cochees");

        // §3.1 3. "Valider": the confirmation, and the server's totals.
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.Locator(".notice-success")).ToHaveTextAsync("Vos réservations ont été enregistrées.");
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("13,60 €");
        await Expect(jade.GetByRole(AriaRole.Checkbox, new() { Name = $"Jade Durand, 1er service, {Day(monday)}", Exact = true })).ToBeCheckedAsync();
        await browser.CheckAsync("reservations-enregistrees");

        // §3.2 2. "Semaine suivante >>": the following week, empty.
        await page.GetByRole(AriaRole.Link, new() { Name = "Semaine suivante" }).ClickAsync();
        var following = monday.AddDays(7);
        await Expect(page).ToHaveURLAsync(new Regex($"jour={following:yyyy-MM-dd}$"));
        await Expect(page.Locator(".period-title")).ToContainTextAsync(Day(following));
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("0,00 €");

        // §3.2 3. Tick (a whole column this time: Thursday for both children) and 4. "Valider".
        await jade.GetByRole(AriaRole.Button, new() { Name = $"Tout cocher ou décocher la colonne du {Day(following.AddDays(3))} de DURAND Jade" }).ClickAsync();
        await leo.GetByRole(AriaRole.Checkbox, new() { Name = $"Léo Durand, 1er service, {Day(following)}", Exact = true }).CheckAsync();
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("8,20 €");
        await browser.CheckAsync("semaine-suivante");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page.Locator(".notice-success")).ToHaveTextAsync("Vos réservations ont été enregistrées.");
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("8,20 €");
        await browser.CheckAsync("semaine-suivante-enregistree");

        // "<< Semaine précédente" comes back to the first week as saved; "Retour" goes home.
        await page.GetByRole(AriaRole.Link, new() { Name = "Semaine précédente" }).ClickAsync();
        await Expect(page.Locator("[data-grand-total]")).ToHaveTextAsync("13,60 €");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));
    }

    [Fact]
    public async Task This_week_is_read_only_after_its_deadline()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/grenoble");
        await page.SignInAsync(app.Town.Town.Family.Guardian.Login, TestTown.Password);

        await browser.GotoAsync($"/grenoble/reservations?jour={app.Today:yyyy-MM-dd}");

        await Expect(page.Locator(".deadline")).ToContainTextAsync("Date butoir passée");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Valider" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "DURAND Jade" }).GetByRole(AriaRole.Checkbox).First).ToBeDisabledAsync();
        await browser.CheckAsync("semaine-close");
    }
}
