using System.Globalization;
using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;

namespace Cantine.EndToEnd.Presences;

/// <summary>
/// Manual §4 "Consulter les présences" step by step with its labels ("Présences" in the band, the table, "Semaine
/// précédente" / "Semaine suivante", "Retour"), then "Signaler une absence" for tomorrow (issue #13); every page and
/// state checked at 360 and 1280 px with axe-core.
/// </summary>
public sealed class PresencesTests(PresencesApp app, Chromium chromium) : IClassFixture<PresencesApp>, IClassFixture<Chromium>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task A_parent_reads_Presences_as_the_manual_shows_then_signals_tomorrows_absence()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        var town = app.Town;
        await browser.GotoAsync("/grenoble");
        await page.SignInAsync(town.Reservations.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));

        // §4 1. "Présences" in the main band: the table of this week, one per child.
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Présences" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/presences$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Présences");
        var leo = page.GetByRole(AriaRole.Table, new() { Name = "DURAND Léo" });
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "DURAND Jade" })).ToBeVisibleAsync();
        await Expect(leo.GetByRole(AriaRole.Columnheader).Nth(1)).ToContainTextAsync($"L {town.ThisMonday:dd/MM}");
        await Expect(leo.GetByRole(AriaRole.Columnheader)).ToContainTextAsync(["Quantité", "Prix unitaire", "Total"]);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Total Général" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0);
        await browser.CheckAsync("presences");

        // §4 2. "<< Semaine précédente": last week as the agent marked it, with its totals.
        await page.GetByRole(AriaRole.Link, new() { Name = "Semaine précédente" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"jour={town.LastMonday:yyyy-MM-dd}$"));
        var firstService = leo.GetByRole(AriaRole.Row).Filter(new() { HasText = "1er service" });
        await Expect(firstService.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["Présent", "Présent", "Absent", "Présent", "3", "3,20 €", "9,60 €"]);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "DURAND Jade" })).ToContainTextAsync("Absent justifié");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "DURAND Jade" })).ToContainTextAsync("Présent (non réservé)");
        await browser.CheckAsync("semaine-precedente");

        // "Semaine suivante >>" comes back to this week.
        await page.GetByRole(AriaRole.Link, new() { Name = "Semaine suivante" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"jour={town.ThisMonday:yyyy-MM-dd}$"));

        // "Signaler une absence": tomorrow is open; nothing chosen is refused in French.
        await page.GetByRole(AriaRole.Link, new() { Name = "Signaler une absence" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/presences/absence$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "04 72 00 00 00" }).First).ToHaveAttributeAsync("href", "tel:0472000000");
        await browser.CheckAsync("absence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Signaler l'absence" }).ClickAsync();
        await Expect(page.Locator(".notice-error")).ToContainTextAsync("Choisissez au moins un jour d'absence.");
        await Expect(page.Locator(".notice-error")).ToContainTextAsync("Choisissez le motif de l'absence.");
        await browser.CheckAsync("absence-refusee");

        var leoDays = page.GetByRole(AriaRole.Group, new() { Name = "Jours d'absence de Léo DURAND" });
        await leoDays.GetByRole(AriaRole.Checkbox, new() { Name = app.Tomorrow.ToString("dddd d MMMM yyyy", French) }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Maladie" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Signaler l'absence" }).ClickAsync();
        await Expect(page.Locator(".notice-success")).ToHaveTextAsync($"L'absence de Léo le {app.Tomorrow.ToString("dddd d MMMM", French)} est signalée au service.");
        await Expect(leoDays).ToContainTextAsync("absence signalée");
        await browser.CheckAsync("absence-signalee");

        // "Retour": tomorrow now reads as signalled in this week's table; "Retour" again goes home.
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/presences$"));
        await Expect(leo.GetByRole(AriaRole.Row).Filter(new() { HasText = "1er service" }).GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("Absence signalée");
        await browser.CheckAsync("presences-absence-signalee");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));
    }
}
