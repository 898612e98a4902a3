namespace Cantine.Messaging.Domain;

/// <summary>
/// A family's message to the structure and the replies (manual §8, SPEC §7), as one stream. <see cref="Status"/> is the
/// staff's inbox state; <see cref="RepliesUnreadByFamily"/> counts the replies the family has not opened yet (ADR 0032).
/// </summary>
public sealed record ContactThread(
    Guid Id, Guid FamilyId, Guid GuardianId, string Subject, string AuthorName, string AuthorEmail,
    DateTimeOffset StartedAt, DateTimeOffset LastActivityAt, ThreadStatus Status, Guid? AssigneeId, string? AssigneeName,
    Guid? AttachmentFileId, string? AttachmentName, long? AttachmentSize, IReadOnlyList<ThreadEntry> Entries, int RepliesUnreadByFamily = 0)
{
    public bool AwaitingReply => !Entries[^1].FromStaff;

    public static ContactThread Create(ContactMessageReceived e) =>
        new(e.ThreadId, e.FamilyId, e.GuardianId, e.Subject, e.AuthorName, e.AuthorEmail, e.At, e.At, ThreadStatus.Unread, null, null,
            e.AttachmentFileId, e.AttachmentName, e.AttachmentSize, [new ThreadEntry(e.At, e.AuthorName, false, e.Body)]);

    public ContactThread Apply(ContactReplied e) => this with
    {
        Entries = [.. Entries, new ThreadEntry(e.At, e.StaffName, true, e.Body)],
        LastActivityAt = e.At,
        Status = ThreadStatus.Read,
        RepliesUnreadByFamily = RepliesUnreadByFamily + 1,
    };

    public ContactThread Apply(ContactThreadMarkedRead e) => this with { Status = e.Read ? ThreadStatus.Read : ThreadStatus.Unread };

    public ContactThread Apply(ContactRepliesReadByFamily e) => this with { RepliesUnreadByFamily = 0 };

    public ContactThread Apply(ContactThreadArchived e) => this with { Status = ThreadStatus.Archived };

    public ContactThread Apply(ContactThreadAssigned e) => this with { AssigneeId = e.StaffId, AssigneeName = e.StaffName };

    public ContactThread Apply(ContactThreadErased e) => this with
    {
        Subject = ContactErasure.Masked,
        AuthorName = ContactErasure.Masked,
        AuthorEmail = string.Empty,
        AttachmentFileId = null,
        AttachmentName = null,
        AttachmentSize = null,
        Status = ThreadStatus.Archived,
        RepliesUnreadByFamily = 0,
        Entries = [.. Entries.Select(entry => entry with { AuthorName = entry.FromStaff ? entry.AuthorName : ContactErasure.Masked, Body = ContactErasure.Masked })],
    };
}
