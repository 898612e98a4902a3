using System.Text.RegularExpressions;
using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;
using Cantine.EndToEnd.Staff;

namespace Cantine.EndToEnd.Factures;

/// <summary>
/// Manual §5.3 "Payer une facture en ligne" against the PayFiP simulator over real HTTP: "Factures", the <c>Payer par CB</c>
/// button to the right of the invoice opens PayFiP's card page in a new tab, the parent chooses the outcome and validates,
/// PayFiP notifies the portal and sends the tab back to the confirmation. axe-core finds nothing on our pages.
/// </summary>
public sealed class PayerParCbTests(PayerParCbTests.App app, Chromium chromium) : IClassFixture<PayerParCbTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        private PayfipSimulatorServer? _payfip;

        public PayfipSimulatorServer Payfip => _payfip ?? throw new InvalidOperationException("Not started.");

        public FacturesTown Town { get; private set; } = null!;

        protected override DateTimeOffset StartsAt => TestClock.AtParis(FacturesTown.Today);

        protected override IReadOnlyDictionary<string, string?> Settings =>
            _payfip?.HostSettings ?? new Dictionary<string, string?> { ["Payfip:TimeoutSeconds"] = "10" };

        protected override async Task BeforeHostStartsAsync() => _payfip = await PayfipSimulatorServer.StartAsync();

        protected override async Task SeedAsync()
        {
            Payfip.Follow(Clock);
            Town = await FacturesTown.CreateAsync(this, "annecy");
            await this.SendTrackedAsync("annecy", s => s.Send(new ChangeOnlinePaymentCommand(true, "012345", "T")));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (_payfip is not null)
            {
                await _payfip.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_parent_pays_an_invoice_by_card_in_a_new_tab_and_comes_back_to_the_confirmation()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/annecy");
        await page.SignInAsync(app.Town.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/annecy/accueil$"));

        // 1. "Factures": Payer par CB to the right of each invoice left to pay.
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Factures" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/annecy/factures$"));
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Payer par CB") })).ToHaveCountAsync(2);
        await Expect(page.Locator("main")).ToContainTextAsync("Le bouton « Payer par CB » ouvre la page de paiement sécurisé de PayFiP");
        await browser.CheckAsync("factures");

        // 2. The button of the August invoice: PayFiP's card page (the simulator's) opens in a new tab.
        var august = page.GetByRole(AriaRole.Button, new() { Name = $"Payer par CB la facture n° {FacturesTown.AugustNumber} de 74,30 € (nouvel onglet)" });
        var tab = await browser.Context.RunAndWaitForPageAsync(() => august.ClickAsync());
        await tab.WaitForURLAsync(new Regex("/simulateur-payfip/tpa/paiementws\\.web\\?idop="));
        tab.ShouldNotBe(page);
        await Expect(page).ToHaveURLAsync(new Regex("/annecy/factures$"));
        await Expect(tab.GetByText("74,30", new() { Exact = false }).First).ToBeVisibleAsync();
        await browser.CheckTabAsync(tab, "carte-payfip");

        // 3. "Paiement accepté", Valider: PayFiP notifies the portal and sends the tab back to the confirmation.
        await tab.GetByLabel("Paiement accepté", new() { Exact = true }).CheckAsync();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await tab.WaitForURLAsync(new Regex("/annecy/factures/paiement/[0-9a-f-]{36}$"));
        await Expect(tab.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Votre facture a été payée");
        await Expect(tab.GetByRole(AriaRole.Status)).ToContainTextAsync($"pour la facture n° {FacturesTown.AugustNumber} a été accepté");
        var operation = app.Payfip.LastFor(FacturesTown.AugustNumber);
        operation.NotificationsSent.ShouldBe(1);
        var confirmation = new Uri(tab.Url).AbsolutePath;
        await tab.CloseAsync();

        // The same confirmation in the first tab, checked by axe-core; the list shows the invoice paid.
        await browser.GotoAsync(confirmation);
        await Expect(page.Heading()).ToHaveTextAsync("Votre facture a été payée");
        await browser.CheckAsync("paiement-accepte");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour aux factures" }).ClickAsync();
        var row = page.Locator($"main tr[data-invoice='{app.Town.August}']");
        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("Payée");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await browser.CheckAsync("factures-apres");

        // 4. The treasurer reads it in Facturation › Paiements en ligne, with PayFiP's authorisation number.
        await using var staff = await chromium.OpenAsync(app);
        await staff.GotoAsync("/annecy/admin");
        await staff.Page.SignInToBackOfficeAsync(app.Clock, "annecy", app.Town.Town.Administrator.Login);
        await staff.Page.OpenFromBandAsync("Facturation", "Paiements en ligne");
        await Expect(staff.Page).ToHaveURLAsync(new Regex("/annecy/admin/facturation/paiements-en-ligne$"));
        var attempt = staff.Page.Locator("main table.online-payments tbody tr").Filter(new() { HasText = operation.IdOp });
        await Expect(attempt).ToContainTextAsync("P (payé)");
        await Expect(attempt).ToContainTextAsync(operation.NumAuto!);
        await staff.CheckAsync("paiements-en-ligne");
    }

    [Fact]
    public async Task A_refused_card_brings_the_parent_back_to_a_clear_message_with_the_invoice_still_to_pay()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/annecy");
        await page.SignInAsync(app.Town.Town.OtherFamily.Guardian.Login, TestTown.Password);
        await browser.GotoAsync("/annecy/factures");

        var button = page.GetByRole(AriaRole.Button, new() { Name = $"Payer par CB la facture n° {FacturesTown.RouxAugustNumber} de 30,00 € (nouvel onglet)" });
        var tab = await browser.Context.RunAndWaitForPageAsync(() => button.ClickAsync());
        await tab.WaitForURLAsync(new Regex("/simulateur-payfip/tpa/paiementws\\.web\\?idop="));
        await tab.GetByLabel("Paiement refusé par la banque").CheckAsync();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await tab.WaitForURLAsync(new Regex("/annecy/factures/paiement/[0-9a-f-]{36}$"));
        var back = new Uri(tab.Url).AbsolutePath;
        await tab.CloseAsync();

        await browser.GotoAsync(back);
        await Expect(page.Heading()).ToHaveTextAsync("Paiement refusé");
        await Expect(page.Locator("main [data-remaining]")).ToContainTextAsync($"La facture n° {FacturesTown.RouxAugustNumber} reste à payer");
        await browser.CheckAsync("paiement-refuse");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour aux factures" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Payer par CB") })).ToHaveCountAsync(1);
    }
}
