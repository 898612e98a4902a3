using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Staff;
using Cantine.Host.Pages.Reservations;
using Cantine.Invoicing.Contracts.GetInvoice;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.ListInvoices;

namespace Cantine.EndToEnd.Facturation;

/// <summary>
/// Issue #14 in a browser, the staff's side: an administrator previews last month's invoices on
/// Facturation › Émission des factures, issues them and follows the progress page (it reloads itself) to the end;
/// then records two cheques on an invoice's page ("Enregistrer un paiement"): after the first the invoice is still
/// "À payer" and the family's balance drops by the cheque, after the second it is "Payée" and the balance is settled.
/// axe-core, no horizontal scrolling and screenshots at 360 and 1280 px on every page (<see cref="BrowserSession.CheckAsync"/>).
/// </summary>
public sealed class InvoiceBatchAndPaymentTests(InvoiceBatchAndPaymentTests.App app, Chromium chromium)
    : IClassFixture<InvoiceBatchAndPaymentTests.App>, IClassFixture<Chromium>
{
    private const string Slug = "albertville";

    public sealed class App : BrowserApp
    {
        public InvoicingTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await InvoicingTown.CreateAsync(this, Slug, issue: false);
    }

    [Fact]
    public async Task An_administrator_issues_last_months_invoices_follows_the_batch_and_records_cheques_on_an_invoice()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        var month = app.Town.Month;
        var monthKey = $"{month:yyyy-MM}";
        var monthName = month.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        await browser.GotoAsync($"/{Slug}/admin");
        await page.SignInToBackOfficeAsync(app.Clock, Slug, app.Town.Town.Administrator.Login);
        await Expect(page).ToHaveURLAsync(new Regex($"/{Slug}/admin$"));

        // 1. The preview of last month (the page's default month): both families, nothing issued yet.
        await page.OpenFromBandAsync("Facturation", "Émission des factures");
        await Expect(page).ToHaveURLAsync(new Regex($"/{Slug}/admin/facturation/emission$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Émission des factures");
        await Expect(page.GetByLabel("Mois", new() { Exact = true })).ToHaveValueAsync(monthKey);
        var preview = page.GetByRole(AriaRole.Table, new() { Name = $"Familles à facturer pour {monthName} (2)" });
        await Expect(preview.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#titre-apercu + ul")).ToContainTextAsync("2 factures pour un total de");
        (await app.SendAsync(Slug, s => s.Send(new ListInvoicesQuery(null, month, null)))).Rows.ShouldBeEmpty();
        await browser.CheckAsync("emission-apercu");

        // 2. Issue: the progress page follows the batch (meta refresh) until it says it is done.
        await page.GetByRole(AriaRole.Button, new() { Name = "Émettre les factures" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/{Slug}/admin/facturation/emission/{monthKey}$"));
        var status = page.Locator("#avancement[aria-live='polite']");
        await Expect(status).ToContainTextAsync("Émission terminée", new() { Timeout = 60_000 });
        await Expect(status).ToContainTextAsync("2 familles traitées, 2 factures émises");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Factures de {monthName} émises");
        await Expect(page.Locator("progress#barre-emission")).ToHaveAttributeAsync("value", "2");
        await Expect(page.Locator("meta[http-equiv='refresh']")).ToHaveCountAsync(0);
        await browser.CheckAsync("emission-terminee");

        // 3. The month's invoices, then the Durand family's.
        var rows = (await app.SendAsync(Slug, s => s.Send(new ListInvoicesQuery(null, month, null)))).Rows;
        rows.Count.ShouldBe(2);
        var durand = rows.Single(r => r.FamilyId == app.Town.Town.Family.FamilyId);
        var before = (await app.SendAsync(Slug, s => s.Send(new GetInvoiceQuery(durand.InvoiceId))))!;
        before.Status.ShouldBe(InvoiceStatus.ToPay);
        before.TotalCents.ShouldBeGreaterThan(1000);
        before.FamilyBalanceCents.ShouldBe(before.TotalCents);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Voir les factures de {monthName}" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Factures");
        await browser.CheckAsync("factures-du-mois");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Facture {before.Number}", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/{Slug}/admin/facturation/factures/{durand.InvoiceId}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Facture {before.Number}");
        var summary = page.Locator("#titre-facture + ul");
        await Expect(summary).ToContainTextAsync("Statut : À payer");
        await Expect(summary).ToContainTextAsync($"Solde de la famille : {Euros(before.TotalCents)} à payer");
        await browser.CheckAsync("facture-avant-paiement");

        // 4. A first cheque of 10 €: still to pay, the balance drops by 10 €.
        await PayByChequeAsync(page, 1000, "CHQ 1234567");
        await Expect(page.Locator(".notice-success")).ToHaveTextAsync($"Le paiement de {Euros(1000)} est enregistré.");
        await Expect(summary).ToContainTextAsync("Statut : À payer");
        await Expect(summary).ToContainTextAsync($"Solde de la famille : {Euros(before.TotalCents - 1000)} à payer");
        var payments = page.GetByRole(AriaRole.Table, new() { Name = "Paiements reçus" });
        await Expect(payments.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(payments).ToContainTextAsync("Chèque");
        await Expect(payments).ToContainTextAsync("CHQ 1234567");
        await browser.CheckAsync("facture-premier-cheque");

        // 5. The rest by a second cheque: paid, the family owes nothing.
        await PayByChequeAsync(page, before.TotalCents - 1000, "CHQ 1234568");
        await Expect(page.Locator(".notice-success")).ToHaveTextAsync($"Le paiement de {Euros(before.TotalCents - 1000)} est enregistré.");
        await Expect(summary).ToContainTextAsync("Statut : Payée");
        await Expect(summary).ToContainTextAsync("Solde de la famille : à jour");
        await Expect(payments.Locator("tbody tr")).ToHaveCountAsync(2);
        await browser.CheckAsync("facture-payee");

        var after = (await app.SendAsync(Slug, s => s.Send(new GetInvoiceQuery(durand.InvoiceId))))!;
        after.Status.ShouldBe(InvoiceStatus.Paid);
        after.PaidCents.ShouldBe(before.TotalCents);
        after.FamilyBalanceCents.ShouldBe(0);
        after.Payments.ShouldAllBe(p => p.Method == PaymentMethod.Cheque);
    }

    private static async Task PayByChequeAsync(IPage page, int cents, string reference)
    {
        var form = page.Locator("form", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le paiement" }) });
        await form.GetByLabel("Montant reçu (€)").FillAsync(ReservationsFormat.EurosInput(cents));
        await form.GetByLabel("Moyen de paiement").SelectOptionAsync(new SelectOptionValue { Label = "Chèque" });
        await form.GetByLabel("Référence (numéro de chèque, de virement…)").FillAsync(reference);
        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le paiement" }).ClickAsync();
    }

    private static string Euros(int cents) => ReservationsFormat.Euros(cents);
}
