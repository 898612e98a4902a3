using Cantine.Contact.Tests.Support;
using Cantine.Messaging.Contracts.ArchiveThread;
using Cantine.Messaging.Contracts.AssignThread;
using Cantine.Messaging.Contracts.MarkThreadRead;

namespace Cantine.Contact.Tests.Features;

/// <summary>The staff inbox has three boxes (unread, read, archived); marking, archiving and assigning move a thread between them.</summary>
public sealed class InboxBoxesTests(ContactApp app) : IClassFixture<ContactApp>
{
    [Fact]
    public async Task A_new_message_is_in_the_unread_box_only()
    {
        var id = await app.WrittenAsync("Nouveau message");

        await ShouldBeInAsync(id, "Unread");
    }

    [Fact]
    public async Task Marking_read_then_unread_moves_the_thread_back_and_forth()
    {
        var id = await app.WrittenAsync("Lu puis non lu");

        (await app.SendAsync(ContactApp.Lyon, s => s.Send(new MarkThreadReadCommand(id, Read: true)))).IsSuccess.ShouldBeTrue();
        await ShouldBeInAsync(id, "Read");
        (await app.SendAsync(ContactApp.Lyon, s => s.Send(new MarkThreadReadCommand(id, Read: false)))).IsSuccess.ShouldBeTrue();
        await ShouldBeInAsync(id, "Unread");
    }

    [Fact]
    public async Task Marking_read_twice_is_harmless()
    {
        var id = await app.WrittenAsync("Lu deux fois");

        await app.SendAsync(ContactApp.Lyon, s => s.Send(new MarkThreadReadCommand(id)));
        (await app.SendAsync(ContactApp.Lyon, s => s.Send(new MarkThreadReadCommand(id)))).IsSuccess.ShouldBeTrue();

        await ShouldBeInAsync(id, "Read");
    }

    [Fact]
    public async Task Archiving_moves_the_thread_to_the_archived_box_from_any_box()
    {
        var unread = await app.WrittenAsync("Archivé sans être lu");
        var read = await app.WrittenAsync("Archivé après lecture");
        await app.SendAsync(ContactApp.Lyon, s => s.Send(new MarkThreadReadCommand(read)));

        (await app.SendAsync(ContactApp.Lyon, s => s.Send(new ArchiveThreadCommand(unread)))).IsSuccess.ShouldBeTrue();
        (await app.SendAsync(ContactApp.Lyon, s => s.Send(new ArchiveThreadCommand(read)))).IsSuccess.ShouldBeTrue();
        (await app.SendAsync(ContactApp.Lyon, s => s.Send(new ArchiveThreadCommand(read)))).IsSuccess.ShouldBeTrue();

        await ShouldBeInAsync(unread, "Archived");
        await ShouldBeInAsync(read, "Archived");
        (await app.InboxThreadAsync(read))!.Status.ShouldBe("Archived");
    }

    [Fact]
    public async Task Assigning_names_the_colleague_and_keeps_the_box()
    {
        var id = await app.WrittenAsync("À traiter par Paul");
        var agent = app.Town.Agent;

        var result = await app.SendAsync(ContactApp.Lyon, s => s.Send(new AssignThreadCommand(id, agent.UserId, " Paul Agent ")));

        result.IsSuccess.ShouldBeTrue();
        var thread = await app.InboxThreadAsync(id);
        thread!.AssigneeId.ShouldBe(agent.UserId);
        thread.AssigneeName.ShouldBe("Paul Agent");
        (await app.InboxAsync("Unread")).Single(t => t.Id == id).AssigneeName.ShouldBe("Paul Agent");
        await ShouldBeInAsync(id, "Unread");
    }

    [Fact]
    public async Task Reassigning_gives_the_thread_to_the_new_colleague()
    {
        var id = await app.WrittenAsync("Réattribué");

        await app.SendAsync(ContactApp.Lyon, s => s.Send(new AssignThreadCommand(id, app.Town.Agent.UserId, "Paul Agent")));
        await app.SendAsync(ContactApp.Lyon, s => s.Send(new AssignThreadCommand(id, app.Town.Administrator.UserId, "Anne Admin")));

        (await app.InboxThreadAsync(id))!.AssigneeName.ShouldBe("Anne Admin");
    }

    [Fact]
    public async Task An_unknown_box_name_shows_the_unread_box()
    {
        var id = await app.WrittenAsync("Boîte inconnue");

        (await app.InboxAsync("Corbeille")).ShouldContain(t => t.Id == id);
    }

    [Fact]
    public async Task Marking_archiving_or_assigning_an_unknown_thread_is_refused()
    {
        var unknown = Guid.NewGuid();

        var read = await app.SendAsync(ContactApp.Lyon, s => s.Send(new MarkThreadReadCommand(unknown)));
        var archive = await app.SendAsync(ContactApp.Lyon, s => s.Send(new ArchiveThreadCommand(unknown)));
        var assign = await app.SendAsync(ContactApp.Lyon, s => s.Send(new AssignThreadCommand(unknown, app.Town.Agent.UserId, "Paul Agent")));

        read.Errors.ShouldHaveSingleItem().Code.ShouldBe("ThreadNotFound");
        archive.Errors.ShouldHaveSingleItem().Code.ShouldBe("ThreadNotFound");
        assign.Errors.ShouldHaveSingleItem().Code.ShouldBe("ThreadNotFound");
    }

    private async Task ShouldBeInAsync(Guid id, string box)
    {
        foreach (var each in new[] { "Unread", "Read", "Archived" })
        {
            var threads = await app.InboxAsync(each);
            if (each == box)
            {
                threads.ShouldContain(t => t.Id == id && t.Status == box, $"in {each}");
            }
            else
            {
                threads.ShouldNotContain(t => t.Id == id, $"in {each}");
            }
        }
    }
}
