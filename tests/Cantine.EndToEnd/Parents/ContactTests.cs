using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Staff;

namespace Cantine.EndToEnd.Parents;

/// <summary>
/// Manual §8 "Contacter votre structure": "Contact" in the band shows the address, the phone and the form; the
/// parent sends a message with a PDF; the staff reply from the inbox; the parent reads the reply in "Mes messages".
/// </summary>
public sealed class ContactTests(ContactTests.App app, Chromium chromium) : IClassFixture<ContactTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "chambery");
    }

    [Fact]
    public async Task A_parent_writes_with_a_pdf_attached_the_staff_reply_and_the_parent_reads_the_reply()
    {
        const string Subject = "Certificat médical de Jade";
        await using var parent = await chromium.OpenAsync(app);
        var page = parent.Page;
        await parent.GotoAsync("/chambery");
        await page.SignInAsync(app.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/accueil$"));
        await parent.CheckAsync("accueil");

        // 1. "Contact" in the main band: the structure's address, its phone number and the form.
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Contact" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/contact$"));
        await Expect(page.Heading()).ToHaveTextAsync("Contacter votre structure");
        var address = page.Locator("main address");
        await Expect(address).ToContainTextAsync("1 rue de la Paix");
        await Expect(address).ToContainTextAsync("69001 Lyon");
        await Expect(address.GetByRole(AriaRole.Link, new() { Name = "04 72 00 00 00" })).ToHaveAttributeAsync("href", "tel:0472000000");
        await parent.CheckAsync("contact");

        // A slip first: the message is forgotten; the typed subject stays.
        await page.GetByLabel("Objet").FillAsync(Subject);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Le formulaire contient des erreurs");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ce champ est obligatoire.");
        await Expect(page.GetByLabel("Objet")).ToHaveValueAsync(Subject);
        await parent.CheckAsync("message-oublie");

        // Fill the form, add a PDF, "Envoyer": a message confirms the sending.
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("Bonjour,\nvoici le certificat médical de Jade.\nMarie Durand");
        await page.GetByLabel("Pièce jointe (PDF, facultatif, max. 10 Mo)").SetInputFilesAsync(
            new FilePayload { Name = "certificat.pdf", MimeType = "application/pdf", Buffer = TestFiles.Menu });
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();
        await Expect(page.Confirmation()).ToContainTextAsync("Votre message a été envoyé au service.");
        await Expect(page.GetByLabel("Objet")).ToHaveValueAsync(string.Empty);
        await parent.CheckAsync("message-envoye");

        await page.GetByRole(AriaRole.Link, new() { Name = "Mes messages et les réponses du service" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/mes-messages$"));
        await Expect(page.Heading()).ToHaveTextAsync("Mes messages");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = Subject })).ToContainTextAsync("En attente de réponse");
        await parent.CheckAsync("mes-messages");

        // The staff: the town's contact address is told, the message waits in the inbox with its PDF.
        await app.Smtp.WaitForAsync(m => m.Subject == $"Nouveau message d'une famille : {Subject}" && m.To.Mailboxes.Single().Address == "contact@chambery.test");
        await using var staff = await chromium.OpenAsync(app, nameof(A_parent_writes_with_a_pdf_attached_the_staff_reply_and_the_parent_reads_the_reply) + "-personnel");
        var office = staff.Page;
        await staff.GotoAsync("/chambery/admin");
        await office.SignInToBackOfficeAsync(app.Clock, "chambery", app.Town.Administrator.Login);
        await Expect(office).ToHaveURLAsync(new Regex("/chambery/admin$"));
        await office.OpenFromBandAsync("Communication", "Messages");
        await Expect(office.Heading()).ToHaveTextAsync("Messages des familles");
        await Expect(office.GetByRole(AriaRole.Link, new() { Name = "Non lus" })).ToHaveAttributeAsync("aria-current", "page");
        await staff.CheckAsync("messages-non-lus");

        await office.GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
        await Expect(office.Heading()).ToHaveTextAsync(Subject);
        await Expect(office.GetByRole(AriaRole.Link, new() { Name = "certificat.pdf" })).ToBeVisibleAsync();
        await Expect(office.Locator("main .thread-family")).ToContainTextAsync("voici le certificat médical de Jade.");
        await staff.CheckAsync("message");

        await office.GetByLabel("Votre réponse").FillAsync("Bonjour Madame Durand,\nle certificat est bien enregistré.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Envoyer la réponse" }).ClickAsync();
        await Expect(office.Confirmation()).ToContainTextAsync("Votre réponse est envoyée ; la famille est prévenue par e-mail.");
        await Expect(office.Locator("main .thread-staff")).ToContainTextAsync("le certificat est bien enregistré.");
        await staff.CheckAsync("reponse-envoyee");

        // The parent is told by e-mail and reads the reply in "Mes messages".
        var email = await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Single().Address == app.Town.Family.Guardian.Email && (m.Subject ?? string.Empty).Contains("a répondu à votre message", StringComparison.Ordinal));
        var link = BrowserApp.LinkPathIn(email.TextBody!);
        link.ShouldStartWith("/chambery/mes-messages/");
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = Subject })).ToContainTextAsync("Répondu (1)");
        await parent.CheckAsync("mes-messages-repondu");
        await page.GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(link) + "$"));
        await Expect(page.Heading()).ToHaveTextAsync(Subject);
        await Expect(page.Locator("main .thread-staff")).ToContainTextAsync("le certificat est bien enregistré.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "certificat.pdf" })).ToBeVisibleAsync();
        await parent.CheckAsync("reponse-lue");
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused_and_everything_typed_is_kept()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/chambery");
        await page.SignInAsync(app.Town.OtherFamily.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/accueil$"));
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Contact" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Contacter votre structure");
        await browser.CheckAsync("contact");

        await page.GetByLabel("Objet").FillAsync("Photo de l'ordonnance");
        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("Voici la photo de l'ordonnance de Lucas.");
        await page.GetByLabel("Pièce jointe (PDF, facultatif, max. 10 Mo)").SetInputFilesAsync(
            new FilePayload { Name = "ordonnance.pdf", MimeType = "application/pdf", Buffer = TestFiles.Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("La pièce jointe n'est pas un PDF valide. Seuls les fichiers PDF sont acceptés.");
        await Expect(page.GetByLabel("Objet")).ToHaveValueAsync("Photo de l'ordonnance");
        await Expect(page.GetByLabel("Message", new() { Exact = true })).ToHaveValueAsync("Voici la photo de l'ordonnance de Lucas.");
        await Expect(page.Locator("#aide-pj")).ToHaveTextAsync("Pour des raisons de sécurité, le navigateur ne garde pas le fichier : choisissez-le à nouveau.");
        await browser.CheckAsync("piece-jointe-refusee");
    }
}
