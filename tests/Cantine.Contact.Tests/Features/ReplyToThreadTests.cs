using Cantine.Contact.Tests.Support;
using Cantine.Messaging.Contracts.EmailPreferences;
using Cantine.Messaging.Contracts.IntegrationEvents;
using Cantine.Messaging.Contracts.ListFamilyThreads;
using Cantine.Messaging.Contracts.ReplyToThread;

namespace Cantine.Contact.Tests.Features;

/// <summary>Staff reply in the inbox: the reply joins the family's thread ("Mes messages") and the family is told by e-mail (SPEC §7).</summary>
public sealed class ReplyToThreadTests(ContactApp app) : IClassFixture<ContactApp>
{
    [Fact]
    public async Task The_reply_reaches_the_familys_thread()
    {
        var id = await app.WrittenAsync("Repas sans porc", "Jade ne mange pas de porc, est-ce possible ?");

        var result = await ReplyAsync(id, "Bonjour, c'est noté pour Jade.");

        result.IsSuccess.ShouldBeTrue();
        var thread = await app.FamilyThreadAsync(app.Town.Family.FamilyId, id);
        thread.ShouldNotBeNull();
        thread.Entries.Select(e => (e.AuthorName, e.FromStaff, e.Body)).ShouldBe(
        [
            ("Marie Durand", false, "Jade ne mange pas de porc, est-ce possible ?"),
            ("Anne Admin", true, "Bonjour, c'est noté pour Jade."),
        ]);
        var summary = (await app.SendAsync(ContactApp.Lyon, s => s.Send(new ListFamilyThreadsQuery(app.Town.Family.FamilyId)))).Single(t => t.Id == id);
        summary.ReplyCount.ShouldBe(1);
        summary.AwaitingReply.ShouldBeFalse();
    }

    [Fact]
    public async Task The_family_gets_an_email_that_links_to_its_thread()
    {
        var id = await app.WrittenAsync("Horaires de la garderie");

        await ReplyAsync(id, "La garderie ouvre à 7 h 30.");

        var email = await app.EmailAsync(app.Town.Family.Guardian.Email, "Ville de Lyon a répondu à votre message", id.ToString());
        email.TextBody!.ShouldContain("Horaires de la garderie");
        email.TextBody!.ShouldContain($"http://cantine.test/lyon/mes-messages/{id}");
        email.HtmlBody!.ShouldContain($"http://cantine.test/lyon/mes-messages/{id}");
    }

    [Fact]
    public async Task A_guardian_who_turned_reply_emails_off_gets_none_and_finds_the_reply_in_the_thread()
    {
        var guardian = app.Town.Family.Guardian;
        var id = await app.WrittenAsync("Menu du vendredi");
        await SetReplyEmailsAsync(guardian.UserId, on: false);
        try
        {
            var tracked = await app.TrackAsync(async () => (await ReplyAsync(id, "Poisson et riz.")).IsSuccess.ShouldBeTrue());

            tracked.Executed.MessagesOf<ContactReplySentIntegrationEvent>().ShouldHaveSingleItem().ThreadId.ShouldBe(id);
            app.Smtp.Messages.ShouldNotContain(m => m.To.Mailboxes.Any(b => b.Address == guardian.Email)
                && (m.TextBody ?? string.Empty).Contains($"/lyon/mes-messages/{id}", StringComparison.Ordinal));
            (await app.FamilyThreadAsync(app.Town.Family.FamilyId, id))!.Entries.ShouldContain(e => e.FromStaff && e.Body == "Poisson et riz.");
        }
        finally
        {
            await SetReplyEmailsAsync(guardian.UserId, on: true);
        }

        await ReplyAsync(id, "Et une compote.");
        (await app.EmailAsync(guardian.Email, "Ville de Lyon a répondu à votre message", id.ToString()))
            .Headers["List-Unsubscribe"].ShouldNotBeNull().ShouldContain("/lyon/desabonnement?jeton=");
    }

    private async Task SetReplyEmailsAsync(Guid guardianId, bool on)
    {
        var current = await app.SendAsync(ContactApp.Lyon, s => s.Send(new GetEmailPreferencesQuery(guardianId)));
        var kept = current.Choices.Where(c => c.Kind != "ContactReply" && c.On).Select(c => c.Kind).ToList();
        if (on)
        {
            kept.Add("ContactReply");
        }

        (await app.SendAsync(ContactApp.Lyon, s => s.Send(new ChangeEmailPreferencesCommand(guardianId, kept, current.Version)))).ShouldSucceed();
    }

    [Fact]
    public async Task A_replied_thread_leaves_the_unread_box()
    {
        var id = await app.WrittenAsync("Sortie scolaire");

        await ReplyAsync(id, "Le pique-nique est fourni.");

        (await app.InboxAsync("Unread")).ShouldNotContain(t => t.Id == id);
        (await app.InboxAsync("Read")).ShouldContain(t => t.Id == id && !t.AwaitingReply && t.ReplyCount == 1);
    }

    [Fact]
    public async Task The_same_reply_submitted_twice_is_recorded_once()
    {
        var id = await app.WrittenAsync("Tarif réduit");

        (await ReplyAsync(id, "Envoyez-nous l'attestation CAF.")).IsSuccess.ShouldBeTrue();
        (await ReplyAsync(id, "Envoyez-nous l'attestation CAF.")).IsSuccess.ShouldBeTrue();

        (await app.InboxThreadAsync(id))!.Entries.Count(e => e.FromStaff).ShouldBe(1);
    }

    [Fact]
    public async Task A_second_different_reply_is_added()
    {
        var id = await app.WrittenAsync("Allergie aux fruits à coque");

        await ReplyAsync(id, "Merci, nous prévenons la cuisine.");
        await ReplyAsync(id, "La cuisine a bien reçu le PAI.");

        (await app.InboxThreadAsync(id))!.Entries.Where(e => e.FromStaff).Select(e => e.Body)
            .ShouldBe(["Merci, nous prévenons la cuisine.", "La cuisine a bien reçu le PAI."]);
    }

    [Fact]
    public async Task An_empty_reply_is_refused()
    {
        var id = await app.WrittenAsync("Question restée sans réponse");

        var result = await ReplyAsync(id, "  ");

        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("Body");
        error.Message.ShouldBe("Ce champ est obligatoire.");
        (await app.InboxThreadAsync(id))!.Entries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_reply_to_an_unknown_thread_is_refused()
    {
        var result = await ReplyAsync(Guid.NewGuid(), "Bonjour");

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Ce message n'existe pas.");
    }

    private Task<Cantine.BuildingBlocks.Contracts.Results.Result> ReplyAsync(Guid threadId, string body) =>
        app.SendAsync(ContactApp.Lyon, s => s.Send(new ReplyToThreadCommand(threadId, app.Town.Administrator.UserId, "Anne Admin", body)));
}
