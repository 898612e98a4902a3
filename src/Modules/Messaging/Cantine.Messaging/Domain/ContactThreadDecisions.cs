using System.Security.Cryptography;
using System.Text;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Messaging.Domain;

/// <summary>The contact threads' rules (manual §8): pure functions of the command, the thread's state and the time.</summary>
public static class ContactThreadDecisions
{
    /// <summary>The same message sent twice the same day (a double click, a replayed form) is one thread.</summary>
    public static Guid ThreadIdFor(Guid guardianId, string subject, string body, DateTimeOffset now) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{guardianId}|{subject.Trim()}|{body.Trim()}|{now:yyyy-MM-dd}")).AsSpan(0, 16));

    /// <summary>A thread that already exists (the same message sent again) changes nothing.</summary>
    public static Decision Decide(SendContactMessage command, ContactThread? thread, DateTimeOffset now) =>
        thread is not null ? Decision.Nothing
        : Decision.Append(new ContactMessageReceived(
            command.ThreadId, command.FamilyId, command.GuardianId, command.AuthorName.Trim(), command.AuthorEmail.Trim(), command.Subject.Trim(),
            command.Body.Trim(), command.AttachmentFileId, command.AttachmentName, command.AttachmentSize, now));

    /// <summary>The same reply submitted twice in a row is recorded once.</summary>
    public static Decision Decide(ReplyToThread command, ContactThread? thread, DateTimeOffset now)
    {
        if (thread is null)
        {
            return Decision.Refuse("ThreadNotFound");
        }

        var body = command.Body.Trim();
        return thread.Entries[^1] is { FromStaff: true } last && last.Body == body
            ? Decision.Nothing
            : Decision.Append(new ContactReplied(thread.Id, command.StaffId, command.StaffName.Trim(), body, now));
    }

    /// <summary>Marking read a read thread (or unread an unread one) changes nothing; an archived thread comes back to the inbox.</summary>
    public static Decision Decide(MarkThreadRead command, ContactThread? thread) =>
        thread is null ? Decision.Refuse("ThreadNotFound")
        : thread.Status == (command.Read ? ThreadStatus.Read : ThreadStatus.Unread) ? Decision.Nothing
        : Decision.Append(new ContactThreadMarkedRead(thread.Id, command.Read));

    /// <summary>Another family's thread is not found; nothing unread (read already, or no reply yet) changes nothing.</summary>
    public static Decision Decide(ReadReplies command, ContactThread? thread, DateTimeOffset now) =>
        thread is null || thread.FamilyId != command.FamilyId ? Decision.Refuse("ThreadNotFound")
        : thread.RepliesUnreadByFamily == 0 ? Decision.Nothing
        : Decision.Append(new ContactRepliesReadByFamily(thread.Id, command.GuardianId, now));

    /// <summary>Archiving twice changes nothing.</summary>
    public static Decision Decide(ArchiveThread command, ContactThread? thread, DateTimeOffset now) =>
        thread is null ? Decision.Refuse("ThreadNotFound")
        : thread.Status == ThreadStatus.Archived ? Decision.Nothing
        : Decision.Append(new ContactThreadArchived(thread.Id, now));

    /// <summary>Assigning the thread to whom it is already assigned changes nothing.</summary>
    public static Decision Decide(AssignThread command, ContactThread? thread) =>
        thread is null ? Decision.Refuse("ThreadNotFound")
        : thread.AssigneeId == command.StaffId ? Decision.Nothing
        : Decision.Append(new ContactThreadAssigned(thread.Id, command.StaffId, command.StaffName.Trim()));

    /// <summary>An erased thread has no author address left (<see cref="ContactThread.Apply(ContactThreadErased)"/>): erasing it again changes nothing.</summary>
    public static Decision Decide(EraseThread command, ContactThread? thread, DateTimeOffset now) =>
        thread is null || thread.AuthorEmail.Length == 0 ? Decision.Nothing : Decision.Append(new ContactThreadErased(thread.Id, now));
}
