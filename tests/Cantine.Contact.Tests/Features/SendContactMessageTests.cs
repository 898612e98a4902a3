using Cantine.Contact.Tests.Support;
using Cantine.Messaging.Contracts.ListFamilyThreads;

namespace Cantine.Contact.Tests.Features;

/// <summary>
/// "Contact" (manual §8, SPEC §7): a family's message, with an optional PDF, starts a thread in the structure's
/// inbox and in the family's "Mes messages"; the structure's contact address is told by e-mail.
/// </summary>
public sealed class SendContactMessageTests(ContactApp app) : IClassFixture<ContactApp>
{
    public static TheoryData<string, byte[]> NotPdfs => new()
    {
        { "a PNG image renamed .pdf", TestFiles.Png },
        { "an HTML page", TestFiles.Html },
        { "a text line then a whole PDF", TestFiles.GarbageThenPdf },
        { "a truncated PDF", TestFiles.TruncatedPdf },
    };

    [Fact]
    public async Task The_message_and_its_attachment_are_stored_in_a_new_unread_thread()
    {
        var id = await app.WrittenAsync("Certificat médical de Jade", "Bonjour,\nvoici le certificat demandé.\nMarie Durand", TestFiles.Menu);

        var thread = await app.InboxThreadAsync(id);

        thread.ShouldNotBeNull();
        thread.FamilyId.ShouldBe(app.Town.Family.FamilyId);
        thread.Subject.ShouldBe("Certificat médical de Jade");
        thread.AuthorName.ShouldBe("Marie Durand");
        thread.AuthorEmail.ShouldBe(app.Town.Family.Guardian.Email);
        thread.Status.ShouldBe("Unread");
        thread.AttachmentName.ShouldBe("piece.pdf");
        thread.AttachmentSize.ShouldBe(TestFiles.Menu.Length);
        var entry = thread.Entries.ShouldHaveSingleItem();
        entry.Body.ShouldBe("Bonjour,\nvoici le certificat demandé.\nMarie Durand");
        entry.FromStaff.ShouldBeFalse();
        (await app.InboxAsync("Unread")).ShouldContain(t => t.Id == id && t.HasAttachment && t.AwaitingReply);
        var staffCopy = await app.ReadAttachmentAsync(id, familyId: null);
        staffCopy.ShouldNotBeNull();
        staffCopy.Value.Content.ShouldBe(TestFiles.Menu);
        staffCopy.Value.FileName.ShouldBe("piece.pdf");
    }

    [Fact]
    public async Task The_family_finds_its_message_in_its_threads()
    {
        var id = await app.WrittenAsync("Changement d'adresse");

        var threads = await app.SendAsync(ContactApp.Lyon, s => s.Send(new ListFamilyThreadsQuery(app.Town.Family.FamilyId)));
        var thread = await app.FamilyThreadAsync(app.Town.Family.FamilyId, id);

        var summary = threads.Single(t => t.Id == id);
        summary.Subject.ShouldBe("Changement d'adresse");
        summary.ReplyCount.ShouldBe(0);
        summary.HasAttachment.ShouldBeFalse();
        thread.ShouldNotBeNull();
        thread.AttachmentName.ShouldBeNull();
        (await app.ReadAttachmentAsync(id, app.Town.Family.FamilyId)).ShouldBeNull();
    }

    [Fact]
    public async Task The_structures_contact_address_gets_an_email_that_links_to_the_inbox()
    {
        var id = await app.WrittenAsync("Question sur la facture d'octobre", "Le détail de ma facture m'intrigue, pouvez-vous m'expliquer ?");

        var email = await app.EmailAsync("contact@lyon.test", "Nouveau message d'une famille : Question sur la facture d'octobre", id.ToString());

        email.TextBody!.ShouldContain("Marie Durand");
        email.TextBody!.ShouldContain($"http://cantine.test/lyon/admin/messages/{id}");
        email.HtmlBody!.ShouldContain($"http://cantine.test/lyon/admin/messages/{id}");
        // The message itself stays in the inbox, behind the staff sign-in.
        email.TextBody!.ShouldNotContain("m'intrigue");
        email.HtmlBody!.ShouldNotContain("m'intrigue");
    }

    [Fact]
    public async Task The_same_message_sent_twice_the_same_day_is_one_thread()
    {
        var filesBefore = await app.StoredFilesAsync();

        var first = await app.WrittenAsync("Double clic", "Je clique deux fois sur Envoyer.", TestFiles.Menu);
        var second = await app.WrittenAsync("Double clic", "  Je clique deux fois sur Envoyer.  ", TestFiles.Menu);

        second.ShouldBe(first);
        var threads = await app.SendAsync(ContactApp.Lyon, s => s.Send(new ListFamilyThreadsQuery(app.Town.Family.FamilyId)));
        threads.Count(t => t.Subject == "Double clic").ShouldBe(1);
        (await app.InboxAsync("Unread")).Count(t => t.Subject == "Double clic").ShouldBe(1);
        (await app.StoredFilesAsync()).ShouldBe(filesBefore + 1);
        await app.EmailAsync("contact@lyon.test", "Nouveau message d'une famille : Double clic", first.ToString());
        await Task.Delay(TimeSpan.FromSeconds(2));
        app.Smtp.Messages.Count(m => m.Subject == "Nouveau message d'une famille : Double clic").ShouldBe(1);
    }

    [Fact]
    public async Task Another_message_with_the_same_subject_is_another_thread()
    {
        var first = await app.WrittenAsync("Menu du jeudi", "Y a-t-il du poisson jeudi ?");
        var second = await app.WrittenAsync("Menu du jeudi", "Et vendredi ?");

        second.ShouldNotBe(first);
    }

    [Theory]
    [MemberData(nameof(NotPdfs))]
    public async Task An_attachment_that_is_not_a_pdf_is_refused_and_nothing_is_stored(string what, byte[] content)
    {
        var subject = "Pièce jointe refusée : " + what;
        var filesBefore = await app.StoredFilesAsync();

        var result = await app.WriteAsync(subject, "Voici le document.", content, "document.pdf");

        result.IsSuccess.ShouldBeFalse(what);
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("Attachment.NotPdf");
        error.Field.ShouldBe("Attachment");
        error.Message.ShouldBe("La pièce jointe n'est pas un PDF valide. Seuls les fichiers PDF sont acceptés.");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
        (await app.InboxAsync("Unread")).ShouldNotContain(t => t.Subject == subject);
    }

    [Fact]
    public async Task A_message_without_text_is_refused_and_nothing_is_stored()
    {
        var filesBefore = await app.StoredFilesAsync();

        var result = await app.WriteAsync("Sans texte", "   ", TestFiles.Menu);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("Body");
        error.Message.ShouldBe("Ce champ est obligatoire.");
        (await app.StoredFilesAsync()).ShouldBe(filesBefore);
        (await app.InboxAsync("Unread")).ShouldNotContain(t => t.Subject == "Sans texte");
    }

    [Fact]
    public async Task A_message_without_subject_is_refused()
    {
        var result = await app.WriteAsync("", "Un message sans objet.");

        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("Subject");
        error.Message.ShouldBe("Ce champ est obligatoire.");
    }

    [Fact]
    public async Task The_attachments_download_name_keeps_no_path_and_ends_in_pdf()
    {
        var result = await app.WriteAsync("Nom de fichier étrange", "Voir la pièce jointe.", TestFiles.Rules, "C:\\Users\\marie\\Bureau\\attestation\"CAF\"");

        var file = await app.ReadAttachmentAsync(result.Value, familyId: null);

        file!.Value.FileName.ShouldBe("attestationCAF.pdf");
    }
}
