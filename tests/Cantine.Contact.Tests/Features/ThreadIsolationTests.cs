using Cantine.Contact.Tests.Support;
using Cantine.Messaging.Contracts.ArchiveThread;
using Cantine.Messaging.Contracts.AssignThread;
using Cantine.Messaging.Contracts.ListFamilyThreads;
using Cantine.Messaging.Contracts.MarkThreadRead;
using Cantine.Messaging.Contracts.ReplyToThread;

namespace Cantine.Contact.Tests.Features;

/// <summary>
/// A thread and its attachment are readable by their family and by the staff of their structure only (SPEC §9):
/// another family of the same town, or anyone at another town, gets nothing, even with the thread's id.
/// </summary>
public sealed class ThreadIsolationTests(ContactApp app) : IClassFixture<ContactApp>
{
    [Fact]
    public async Task The_family_and_the_towns_staff_read_the_attachment()
    {
        var id = await app.WrittenAsync("Attestation d'employeur", attachment: TestFiles.Rules);

        var family = await app.ReadAttachmentAsync(id, app.Town.Family.FamilyId);
        var staff = await app.ReadAttachmentAsync(id, familyId: null);

        family!.Value.Content.ShouldBe(TestFiles.Rules);
        staff!.Value.Content.ShouldBe(TestFiles.Rules);
    }

    [Fact]
    public async Task Another_family_of_the_same_town_gets_neither_the_thread_nor_its_attachment()
    {
        var id = await app.WrittenAsync("Situation familiale", attachment: TestFiles.Menu);
        var other = app.Town.OtherFamily.FamilyId;

        (await app.ReadAttachmentAsync(id, other)).ShouldBeNull();
        (await app.FamilyThreadAsync(other, id)).ShouldBeNull();
        var threads = await app.SendAsync(ContactApp.Lyon, s => s.Send(new ListFamilyThreadsQuery(other)));
        threads.ShouldNotContain(t => t.Id == id);
    }

    [Fact]
    public async Task Another_town_gets_nothing_even_with_the_ids()
    {
        var id = await app.WrittenAsync("Justificatif de domicile", attachment: TestFiles.Menu);
        var family = app.Town.Family.FamilyId;

        (await app.ReadAttachmentAsync(id, familyId: null, ContactApp.Vienne)).ShouldBeNull();
        (await app.ReadAttachmentAsync(id, family, ContactApp.Vienne)).ShouldBeNull();
        (await app.InboxThreadAsync(id, ContactApp.Vienne)).ShouldBeNull();
        (await app.FamilyThreadAsync(family, id, ContactApp.Vienne)).ShouldBeNull();
        foreach (var box in new[] { "Unread", "Read", "Archived" })
        {
            (await app.InboxAsync(box, ContactApp.Vienne)).ShouldNotContain(t => t.Id == id);
        }
    }

    [Fact]
    public async Task Another_towns_staff_can_neither_reply_nor_mark_archive_or_assign()
    {
        var id = await app.WrittenAsync("Inscription au centre de loisirs");
        var staff = app.Other.Administrator;

        var reply = await app.SendAsync(ContactApp.Vienne, s => s.Send(new ReplyToThreadCommand(id, staff.UserId, "Anne Admin", "Réponse d'ailleurs")));
        var read = await app.SendAsync(ContactApp.Vienne, s => s.Send(new MarkThreadReadCommand(id)));
        var archive = await app.SendAsync(ContactApp.Vienne, s => s.Send(new ArchiveThreadCommand(id)));
        var assign = await app.SendAsync(ContactApp.Vienne, s => s.Send(new AssignThreadCommand(id, staff.UserId, "Anne Admin")));

        foreach (var result in new[] { reply, read, archive, assign })
        {
            result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Ce message n'existe pas.");
        }

        var thread = await app.InboxThreadAsync(id);
        thread!.Status.ShouldBe("Unread");
        thread.Entries.Count.ShouldBe(1);
        thread.AssigneeName.ShouldBeNull();
    }
}
