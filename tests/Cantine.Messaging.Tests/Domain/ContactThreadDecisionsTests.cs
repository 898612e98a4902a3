using Cantine.Messaging.Domain;
using Cantine.Testing.Decisions;
using Shouldly;

namespace Cantine.Messaging.Tests.Domain;

/// <summary>Given a thread's events, when a family or a staff member acts on it, then these events or this refusal (no database).</summary>
public sealed class ContactThreadDecisionsTests
{
    private static readonly Guid ThreadId = Guid.NewGuid();
    private static readonly Guid FamilyId = Guid.NewGuid();
    private static readonly Guid GuardianId = Guid.NewGuid();
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly DateTimeOffset SentAt = new(2030, 3, 4, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = SentAt.AddHours(2);

    private static readonly ContactMessageReceived Received = new(
        ThreadId, FamilyId, GuardianId, "Claire Martin", "claire@example.org", "Allergie", "Emma ne mange pas d'arachide.", null, null, null, SentAt);

    private static readonly ContactReplied Replied = new(ThreadId, Staff, "Mme Roux", "Bien noté.", SentAt.AddHours(1));

    private static ContactThread? Given(params object[] events) => History.Of<ContactThread>(events);

    [Fact]
    public void A_new_message_starts_a_thread_with_trimmed_texts()
    {
        var command = new SendContactMessage(
            ThreadId, FamilyId, GuardianId, " Claire Martin ", " claire@example.org", " Allergie ", "Emma ne mange pas d'arachide.  ", null, null, null);

        ContactThreadDecisions.Decide(command, Given(), SentAt).ShouldAppend(Received);
    }

    [Fact]
    public void The_same_message_sent_again_changes_nothing()
    {
        var command = new SendContactMessage(ThreadId, FamilyId, GuardianId, "Claire Martin", "claire@example.org", "Allergie", "x", null, null, null);

        ContactThreadDecisions.Decide(command, Given(Received), Now).ShouldChangeNothing();
    }

    [Fact]
    public void The_same_message_the_same_day_names_the_same_thread_and_the_next_day_another()
    {
        var first = ContactThreadDecisions.ThreadIdFor(GuardianId, "Allergie", "Texte", SentAt);

        ContactThreadDecisions.ThreadIdFor(GuardianId, " Allergie ", "Texte ", SentAt.AddHours(3)).ShouldBe(first);
        ContactThreadDecisions.ThreadIdFor(GuardianId, "Allergie", "Texte", SentAt.AddDays(1)).ShouldNotBe(first);
        ContactThreadDecisions.ThreadIdFor(Guid.NewGuid(), "Allergie", "Texte", SentAt).ShouldNotBe(first);
    }

    [Fact]
    public void A_reply_is_recorded_with_its_author_and_time()
    {
        ContactThreadDecisions.Decide(new ReplyToThread(Staff, " Mme Roux ", " Bien noté. "), Given(Received), Now)
            .ShouldAppend(new ContactReplied(ThreadId, Staff, "Mme Roux", "Bien noté.", Now));
    }

    [Fact]
    public void The_same_reply_submitted_twice_is_recorded_once()
    {
        ContactThreadDecisions.Decide(new ReplyToThread(Staff, "Mme Roux", "Bien noté. "), Given(Received, Replied), Now).ShouldChangeNothing();
    }

    [Fact]
    public void A_different_reply_after_a_reply_is_recorded()
    {
        ContactThreadDecisions.Decide(new ReplyToThread(Staff, "Mme Roux", "Autre chose."), Given(Received, Replied), Now)
            .ShouldAppend(new ContactReplied(ThreadId, Staff, "Mme Roux", "Autre chose.", Now));
    }

    [Fact]
    public void Refuses_to_reply_to_a_thread_that_does_not_exist()
    {
        ContactThreadDecisions.Decide(new ReplyToThread(Staff, "Mme Roux", "Bien noté."), Given(), Now).ShouldRefuse("ThreadNotFound");
    }

    [Fact]
    public void Marks_an_unread_thread_read_and_a_read_one_unread()
    {
        ContactThreadDecisions.Decide(new MarkThreadRead(true), Given(Received)).ShouldAppend(new ContactThreadMarkedRead(ThreadId, true));
        ContactThreadDecisions.Decide(new MarkThreadRead(false), Given(Received, Replied)).ShouldAppend(new ContactThreadMarkedRead(ThreadId, false));
    }

    [Fact]
    public void Marking_read_a_read_thread_changes_nothing()
    {
        ContactThreadDecisions.Decide(new MarkThreadRead(true), Given(Received, new ContactThreadMarkedRead(ThreadId, true))).ShouldChangeNothing();
        ContactThreadDecisions.Decide(new MarkThreadRead(false), Given(Received)).ShouldChangeNothing();
    }

    [Fact]
    public void Opening_a_thread_with_unread_replies_reads_them_once()
    {
        var read = new ContactRepliesReadByFamily(ThreadId, GuardianId, Now);
        ContactThreadDecisions.Decide(new ReadReplies(FamilyId, GuardianId), Given(Received, Replied), Now).ShouldAppend(read);
        Given(Received, Replied)!.RepliesUnreadByFamily.ShouldBe(1);
        Given(Received, Replied, read)!.RepliesUnreadByFamily.ShouldBe(0);
        ContactThreadDecisions.Decide(new ReadReplies(FamilyId, GuardianId), Given(Received, Replied, read), Now).ShouldChangeNothing();
        Given(Received, Replied, read, Replied with { Body = "Autre chose." })!.RepliesUnreadByFamily.ShouldBe(1);
    }

    [Fact]
    public void A_thread_without_replies_has_nothing_to_read_and_another_familys_is_not_found()
    {
        ContactThreadDecisions.Decide(new ReadReplies(FamilyId, GuardianId), Given(Received), Now).ShouldChangeNothing();
        ContactThreadDecisions.Decide(new ReadReplies(Guid.NewGuid(), GuardianId), Given(Received, Replied), Now).ShouldRefuse("ThreadNotFound");
        ContactThreadDecisions.Decide(new ReadReplies(FamilyId, GuardianId), Given(), Now).ShouldRefuse("ThreadNotFound");
    }

    [Fact]
    public void Refuses_to_mark_a_thread_that_does_not_exist()
    {
        ContactThreadDecisions.Decide(new MarkThreadRead(true), Given()).ShouldRefuse("ThreadNotFound");
    }

    [Fact]
    public void Archives_a_thread()
    {
        ContactThreadDecisions.Decide(new ArchiveThread(), Given(Received), Now).ShouldAppend(new ContactThreadArchived(ThreadId, Now));
    }

    [Fact]
    public void Archiving_twice_changes_nothing()
    {
        ContactThreadDecisions.Decide(new ArchiveThread(), Given(Received, new ContactThreadArchived(ThreadId, SentAt)), Now).ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_to_archive_a_thread_that_does_not_exist()
    {
        ContactThreadDecisions.Decide(new ArchiveThread(), Given(), Now).ShouldRefuse("ThreadNotFound");
    }

    [Fact]
    public void Assigns_a_thread_to_a_staff_member()
    {
        ContactThreadDecisions.Decide(new AssignThread(Staff, " Mme Roux "), Given(Received)).ShouldAppend(new ContactThreadAssigned(ThreadId, Staff, "Mme Roux"));
    }

    [Fact]
    public void Assigning_to_the_current_assignee_changes_nothing_and_to_another_reassigns()
    {
        var assigned = Given(Received, new ContactThreadAssigned(ThreadId, Staff, "Mme Roux"));
        var other = Guid.NewGuid();

        ContactThreadDecisions.Decide(new AssignThread(Staff, "Mme Roux"), assigned).ShouldChangeNothing();
        ContactThreadDecisions.Decide(new AssignThread(other, "M. Petit"), assigned).ShouldAppend(new ContactThreadAssigned(ThreadId, other, "M. Petit"));
    }

    [Fact]
    public void Refuses_to_assign_a_thread_that_does_not_exist()
    {
        ContactThreadDecisions.Decide(new AssignThread(Staff, "Mme Roux"), Given()).ShouldRefuse("ThreadNotFound");
    }

    [Fact]
    public void Erases_a_thread_once()
    {
        ContactThreadDecisions.Decide(new EraseThread(), Given(Received, Replied), Now).ShouldAppend(new ContactThreadErased(ThreadId, Now));
        ContactThreadDecisions.Decide(new EraseThread(), Given(Received, new ContactThreadErased(ThreadId, SentAt)), Now).ShouldChangeNothing();
    }

    [Fact]
    public void Erasing_a_thread_that_does_not_exist_changes_nothing()
    {
        ContactThreadDecisions.Decide(new EraseThread(), Given(), Now).ShouldChangeNothing();
    }
}
