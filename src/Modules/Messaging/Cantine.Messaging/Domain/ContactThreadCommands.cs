namespace Cantine.Messaging.Domain;

// What a family or a staff member asks of a contact thread, in the domain's words (the Contracts commands carry the upload's bytes).

/// <summary>A family's message to the structure; the attachment, if any, is stored as <paramref name="AttachmentFileId"/>.</summary>
public sealed record SendContactMessage(
    Guid ThreadId, Guid FamilyId, Guid GuardianId, string AuthorName, string AuthorEmail, string Subject, string Body,
    Guid? AttachmentFileId, string? AttachmentName, long? AttachmentSize);

/// <summary>A staff member's reply, e-mailed to the family.</summary>
public sealed record ReplyToThread(Guid StaffId, string StaffName, string Body);

/// <summary>Mark the thread read (or unread again).</summary>
public sealed record MarkThreadRead(bool Read);

/// <summary>A guardian of <paramref name="FamilyId"/> opened the thread and read its replies.</summary>
public sealed record ReadReplies(Guid FamilyId, Guid GuardianId);

/// <summary>Take the thread out of the inbox.</summary>
public sealed record ArchiveThread;

/// <summary>Give the thread to a staff member.</summary>
public sealed record AssignThread(Guid StaffId, string StaffName);

/// <summary>RGPD erasure of the family that wrote the thread (ADR 0018).</summary>
public sealed record EraseThread;
