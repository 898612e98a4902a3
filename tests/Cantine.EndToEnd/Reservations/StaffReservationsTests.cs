using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Staff;

namespace Cantine.EndToEnd.Reservations;

/// <summary>
/// The administrator's reservations pages in a browser: the kitchen headcounts of next week from the band, then
/// every other reservations page and every settings page of the structure, each checked (axe-core, 360 and 1280 px, no horizontal scrolling).
/// </summary>
public sealed class StaffReservationsTests(ReservationsApp app, Chromium chromium) : IClassFixture<ReservationsApp>, IClassFixture<Chromium>
{
    [Fact]
    public async Task The_administrator_reads_next_weeks_headcounts_and_opens_every_reservations_and_settings_page()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        var town = app.Town;
        await browser.GotoAsync("/grenoble/admin");
        await page.GetByLabel("Login", new() { Exact = true }).FillAsync(town.Town.Administrator.Login);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestTown.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Connexion", Exact = true }).ClickAsync();
        await page.GetByLabel("Code à 6 chiffres").FillAsync(app.AdministratorCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/admin$"));

        // "Effectifs" in the band: this week, then next week's figures (Tom's two lunches).
        await page.OpenFromBandAsync("Réservations", "Effectifs");
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/admin/effectifs$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Période suivante" }).ClickAsync();
        await Expect(page.Locator(".headcount-status")).ToContainTextAsync("Effectifs en cours");
        var lunches = page.GetByRole(AriaRole.Table, new() { Name = "1er service" });
        await Expect(lunches.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(lunches.Locator("tbody tr")).ToContainTextAsync("École B");
        await Expect(lunches.Locator("tfoot td").Last).ToHaveTextAsync("2");
        await browser.CheckAsync("effectifs");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger (CSV pour tableur)" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"effectifs-{app.NextMonday:yyyy-MM-dd}.csv");

        var closure = (await app.SendAsync("grenoble", s => s.Send(new Cantine.Reservations.Contracts.GetBookingCalendar.GetBookingCalendarQuery())))!.Closures.Single();
        foreach (var (path, heading, step) in new (string, string, string)[]
        {
            ("/grenoble/admin/prestations", "Prestations", "prestations"),
            ($"/grenoble/admin/prestations/{town.FirstService}", "1er service", "prestation"),
            ("/grenoble/admin/inscriptions", "Inscriptions aux prestations", "inscriptions"),
            ($"/grenoble/admin/inscriptions/enfant/{town.Leo}", "Inscriptions de Léo Durand", "inscriptions-enfant"),
            ($"/grenoble/admin/reservations/famille/{town.Town.Family.FamilyId}?jour={app.Today:yyyy-MM-dd}", "Réservations de la famille Durand", "correction"),
            ("/grenoble/admin/parametres/calendrier", "Calendrier des réservations", "calendrier"),
            ("/grenoble/admin/parametres/fermetures", "Fermetures et jours fériés", "fermetures"),
            ($"/grenoble/admin/parametres/fermetures/{closure.Id}", "Modifier une fermeture", "fermeture"),
            ("/grenoble/admin/parametres", "Paramètres de la structure", "parametres"),
            ("/grenoble/admin/parametres/coordonnees", "Coordonnées de la structure", "coordonnees"),
            ("/grenoble/admin/parametres/logo", "Logo de la structure", "logo"),
            ("/grenoble/admin/parametres/paiement", "Paiement en ligne", "paiement"),
            ("/grenoble/admin/parametres/mot-de-passe", "Politique des mots de passe", "politique-mots-de-passe"),
        })
        {
            (await browser.GotoAsync(path)).Status.ShouldBe(200, path);
            await Expect(page.Heading()).ToHaveTextAsync(heading);
            await browser.CheckAsync(step);
        }
    }
}
