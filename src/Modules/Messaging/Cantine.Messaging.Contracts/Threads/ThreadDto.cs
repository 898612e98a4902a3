namespace Cantine.Messaging.Contracts.Threads;

/// <summary>
/// A contact thread with its messages in order (the family's message first, then the replies).
/// <see cref="RepliesUnreadByFamily"/>: replies the family has not opened yet.
/// </summary>
public sealed record ThreadDto(
    Guid Id, Guid FamilyId, string Subject, string AuthorName, string AuthorEmail, string Status, Guid? AssigneeId, string? AssigneeName,
    string? AttachmentName, long? AttachmentSize, IReadOnlyList<ThreadEntryDto> Entries, int RepliesUnreadByFamily = 0);

public sealed record ThreadEntryDto(DateTimeOffset At, string AuthorName, bool FromStaff, string Body);
